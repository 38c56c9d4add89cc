import { afterEach, describe, expect, it, vi } from "vitest";
import { refusal } from "@/tests/domain-error";

// lib/env parses the environment at import: each case sets it, then imports the modules afresh.
async function throttleWith(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  const [{ throttle }, limits] = await Promise.all([import("./throttle"), import("./index")]);
  return { throttle, ...limits };
}

const memory = { REDIS_URL: undefined, UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined, RATE_LIMIT_FAILURE_MODE: undefined };
const twoAnHour = { limit: 2, windowSeconds: 3600 };


afterEach(async () => {
  const { closeRateLimitStore } = await import("./index");
  await closeRateLimitStore();
  vi.unstubAllEnvs();
});

describe("throttle", () => {
  it("lets actions through up to the limit, then refuses with 429 rate_limited, the caller's message and Retry-After", async () => {
    const { throttle } = await throttleWith(memory);
    await throttle({ "invite:t1": twoAnHour }, "Too many invitations.");
    await throttle({ "invite:t1": twoAnHour }, "Too many invitations.");
    const error = await refusal(throttle({ "invite:t1": twoAnHour }, "Too many invitations."));
    expect(error).toMatchObject({ code: "rate_limited", kind: "rate_limited", message: "Too many invitations." });
    expect(Number(error.details.headers?.["Retry-After"])).toBeGreaterThan(0);
    expect(error.details.headers).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "0" });
  });

  it("refuses when any one of its limits is spent, checking every key", async () => {
    const { throttle } = await throttleWith(memory);
    const perTenant = { limit: 3, windowSeconds: 3600 };
    const perRecipient = { limit: 1, windowSeconds: 3600 };
    const invite = (to: string) => throttle({ "invite:t1": perTenant, [`invite-to:${to}`]: perRecipient }, "Slow down.");
    await invite("a@x");
    // The tenant's limit has room; the recipient's does not. (Keys are counted in order, so the
    // refused attempt still used one of the tenant's: a refusal errs on the side of fewer emails.)
    expect(await refusal(invite("a@x"))).toMatchObject({ code: "rate_limited" });
    await invite("b@x");
    // A new recipient, but the tenant's three are spent.
    expect(await refusal(invite("c@x"))).toMatchObject({ code: "rate_limited" });
  });

  it("counts in its own namespace, apart from request rate limits on the same key", async () => {
    const { throttle, rateLimit } = await throttleWith(memory);
    await rateLimit("t1", twoAnHour);
    await rateLimit("t1", twoAnHour);
    await throttle({ t1: twoAnHour }, "Slow down.");
    expect(await rateLimit("throttle:t1", twoAnHour)).toMatchObject({ success: true, remaining: 0 });
  });

  it("answers 503 service_unavailable when the store cannot count and failure mode is closed", async () => {
    const { throttle } = await throttleWith({ ...memory, REDIS_URL: "redis://127.0.0.1:1", RATE_LIMIT_FAILURE_MODE: "closed" });
    const error = await refusal(throttle({ "invite:t1": twoAnHour }, "Slow down."));
    expect(error).toMatchObject({ code: "service_unavailable", kind: "unavailable", message: "This action is briefly unavailable. Try again in a minute." });
  });

  it("passes on an error that is not an outage (a bad rule is a bug, not a 503)", async () => {
    const { throttle } = await throttleWith(memory);
    await expect(throttle({ k: { limit: 0, windowSeconds: 60 } }, "Slow down.")).rejects.toBeInstanceOf(TypeError);
  });
});
