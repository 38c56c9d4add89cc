import { describe, expect, it } from "vitest";
import { z } from "zod";
import { backoffDelay, defaultRetry, defineJob } from "./define";
import { dispatchKey } from "./dispatch";

describe("backoffDelay", () => {
  const retry = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000 };

  it("draws from [0, base * 2^(attempt-1)), capped at maxDelay", () => {
    expect(backoffDelay(1, retry, () => 0)).toBe(0);
    expect(backoffDelay(1, retry, () => 0.999)).toBe(999);
    expect(backoffDelay(3, retry, () => 0.5)).toBe(2000);
    expect(backoffDelay(10, retry, () => 0.5)).toBe(5000);
  });

  it("never exceeds the cap with real randomness", () => {
    for (let attempt = 1; attempt < 30; attempt++) {
      const delay = backoffDelay(attempt, retry);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(retry.maxDelayMs);
    }
  });
});

describe("defineJob", () => {
  it("fills retry defaults and checks the id", () => {
    const job = defineJob({ id: "test.noop", schema: z.object({}), retry: { maxAttempts: 2 }, run: async () => {} });
    expect(job.retry).toEqual({ ...defaultRetry, maxAttempts: 2 });
    expect(() => defineJob({ id: "NoDomain", schema: z.object({}), run: async () => {} })).toThrow(/domain.task-name/);
  });
});

describe("dispatchKey", () => {
  it("is the job id on the first hand-over and changes per retry", () => {
    expect(dispatchKey({ id: "job_1", attempts: 0 })).toBe("job_1");
    expect(dispatchKey({ id: "job_1", attempts: 2 })).toBe("job_1:after-2");
  });
});
