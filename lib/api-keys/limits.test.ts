import { afterEach, describe, expect, it, vi } from "vitest";
import { refusal } from "@/tests/domain-error";

// lib/env parses the environment at import: each case sets it, then imports the modules afresh.
async function limitsWith(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./limits");
}
const memory = { REDIS_URL: undefined, UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined, RATE_LIMIT_FAILURE_MODE: undefined };


afterEach(async () => {
  const { closeRateLimitStore } = await import("@/lib/rate-limit");
  await closeRateLimitStore();
  vi.unstubAllEnvs();
});

describe("the tenant-wide limit a plan gives", () => {
  it.each([
    [null, 6_000], // unlimited plans: the ceiling
    [1_000, 120], // free: 60 → the floor of 120
    [2_000, 120], // 120 exactly
    [2_500, 180], // 2.5 thousand rounds up to 3 × 60
    [50_000, 3_000], // pro
    [100_000, 6_000], // the ceiling exactly
    [1_000_000, 6_000], // capped
  ])("%s requests a month → %s a minute", async (perMonth, perMinute) => {
    const { tenantPerMinute } = await limitsWith(memory);
    expect(tenantPerMinute({ apiRequestsPerMonth: perMonth })).toBe(perMinute);
  });
});

describe("consumeRateLimit", () => {
  const key = { keyId: "key_1", tenantId: "ten_1", rateLimit: { limit: 2, windowSeconds: 60 }, tenantPerMinute: 100 };

  it("counts against the key's own rule and describes it in the headers of a pass", async () => {
    const { consumeRateLimit } = await limitsWith(memory);
    const first = await consumeRateLimit(key);
    expect(first).toMatchObject({ limit: 2, remaining: 1 });
    expect(first.headers).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "1" });
    await consumeRateLimit(key);
    const error = await refusal(consumeRateLimit(key));
    expect(error).toMatchObject({ code: "rate_limited", message: "Too many requests for this API key. Retry after the time in Retry-After." });
    expect(error.details.headers).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "0" });
    expect(Number(error.details.headers?.["Retry-After"])).toBeGreaterThan(0);
  });

  it("gives a key without its own rule 600 a minute", async () => {
    const { consumeRateLimit, defaultKeyPerMinute } = await limitsWith(memory);
    expect(defaultKeyPerMinute).toBe(600);
    expect(await consumeRateLimit({ ...key, rateLimit: null })).toMatchObject({ limit: 600, remaining: 599 });
  });

  it("refuses every key of a tenant once the tenant's keys together are over", async () => {
    const { consumeRateLimit } = await limitsWith(memory);
    const tenantOfTwo = { ...key, rateLimit: null, tenantPerMinute: 2 };
    await consumeRateLimit({ ...tenantOfTwo, keyId: "key_a" });
    await consumeRateLimit({ ...tenantOfTwo, keyId: "key_b" });
    const error = await refusal(consumeRateLimit({ ...tenantOfTwo, keyId: "key_c" }));
    expect(error).toMatchObject({ code: "rate_limited", message: "Too many requests for this tenant's API keys. Retry after the time in Retry-After." });
    expect(error.details.headers).toMatchObject({ "RateLimit-Limit": "2" });
    // Another tenant's keys are counted apart.
    await consumeRateLimit({ ...tenantOfTwo, keyId: "key_d", tenantId: "ten_2" });
  });

  it("answers 503 when the limiter cannot count and fails closed", async () => {
    const { consumeRateLimit } = await limitsWith({ ...memory, REDIS_URL: "redis://127.0.0.1:1", RATE_LIMIT_FAILURE_MODE: "closed" });
    expect(await refusal(consumeRateLimit(key))).toMatchObject({ code: "service_unavailable", message: "Rate limiting is unavailable; try again shortly." });
  });
});
