import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env parses the environment at import: each case sets it, then imports the module afresh.
async function rateLimitWith(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./index");
}

const noStore = { REDIS_URL: undefined, UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined, RATE_LIMIT_FAILURE_MODE: undefined };
const rule = { limit: 2, windowSeconds: 60 };

afterEach(async () => {
  const { closeRateLimitStore } = await import("./index");
  await closeRateLimitStore();
  vi.unstubAllEnvs();
});

describe("which store the environment selects", () => {
  it("memory with no store configured", async () => {
    expect((await rateLimitWith(noStore)).rateLimitStore()).toBe("memory");
  });

  it("Redis with REDIS_URL", async () => {
    expect((await rateLimitWith({ ...noStore, REDIS_URL: "redis://127.0.0.1:6379" })).rateLimitStore()).toBe("redis");
  });

  it("Upstash over REDIS_URL when both are set", async () => {
    const rateLimit = await rateLimitWith({ ...noStore, REDIS_URL: "redis://127.0.0.1:6379", UPSTASH_REDIS_REST_URL: "https://example.upstash.io", UPSTASH_REDIS_REST_TOKEN: "t" });
    expect(rateLimit.rateLimitStore()).toBe("upstash");
  });

  it("refuses an Upstash URL without its token, rather than running unlimited", async () => {
    const rateLimit = await rateLimitWith({ ...noStore, UPSTASH_REDIS_REST_URL: "https://example.upstash.io" });
    expect(() => rateLimit.rateLimitStore()).toThrow("UPSTASH_REDIS_REST_URL is set but UPSTASH_REDIS_REST_TOKEN is not.");
  });
});

describe("the process's limiter", () => {
  it("counts across calls, refuses over the limit, and peeks without counting", async () => {
    const { rateLimit, peekRateLimit } = await rateLimitWith(noStore);
    expect(await peekRateLimit("k", rule)).toMatchObject({ success: true, remaining: 2 });
    expect(await rateLimit("k", rule)).toMatchObject({ success: true, remaining: 1 });
    expect(await peekRateLimit("k", rule)).toMatchObject({ success: true, remaining: 1 });
    expect(await rateLimit("k", rule)).toMatchObject({ success: true, remaining: 0 });
    expect(await peekRateLimit("k", rule)).toMatchObject({ success: false, remaining: 0 });
    expect(await rateLimit("k", rule)).toMatchObject({ success: false, remaining: 0 });
  });

  it("forgets its counts when closed, and opens a new store on the next call", async () => {
    const { rateLimit, closeRateLimitStore } = await rateLimitWith(noStore);
    await rateLimit("k", rule);
    await rateLimit("k", rule);
    await closeRateLimitStore();
    expect(await rateLimit("k", rule)).toMatchObject({ success: true, remaining: 1 });
  });

  it("applies RATE_LIMIT_FAILURE_MODE: closed throws when the store cannot be reached", async () => {
    const { rateLimit, RateLimitUnavailableError } = await rateLimitWith({ ...noStore, REDIS_URL: "redis://127.0.0.1:1", RATE_LIMIT_FAILURE_MODE: "closed" });
    await expect(rateLimit("k", rule)).rejects.toBeInstanceOf(RateLimitUnavailableError);
  });

  it("builds a new limiter when the configuration changes, instead of reusing another store", async () => {
    const closed = await rateLimitWith({ ...noStore, REDIS_URL: "redis://127.0.0.1:1", RATE_LIMIT_FAILURE_MODE: "closed" });
    await expect(closed.rateLimit("k", rule)).rejects.toBeInstanceOf(closed.RateLimitUnavailableError);
    // Same process (the holder is on globalThis), other environment: the memory store answers.
    const memory = await rateLimitWith(noStore);
    expect(await memory.rateLimit("k", rule)).toMatchObject({ success: true, remaining: 1 });
  });
});
