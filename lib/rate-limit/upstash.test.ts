import { describe, expect, it } from "vitest";
import { RateLimitUnavailableError } from "./errors";
import { createRateLimiter } from "./limiter";

// No Upstash account in tests: a refused local port checks the REST store's wiring to the
// failure mode (and that it fails fast) without the network.
const unreachable = { store: "upstash", url: "http://127.0.0.1:1", token: "test" } as const;
const rule = { limit: 5, windowSeconds: 60 };

describe("upstash rate limiter when Upstash is unreachable", () => {
  it("allows the request when the failure mode is open", async () => {
    const limiter = createRateLimiter({ ...unreachable, failureMode: "open" });
    const started = Date.now();
    expect((await limiter.limit("k", rule)).success).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("throws RateLimitUnavailableError when the failure mode is closed", async () => {
    const limiter = createRateLimiter({ ...unreachable, failureMode: "closed" });
    await expect(limiter.limit("k", rule)).rejects.toBeInstanceOf(RateLimitUnavailableError);
  });
});
