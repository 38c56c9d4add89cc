import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./limiter";

// A clock the test moves: window arithmetic is exact, and nothing sleeps.
function fakeClock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const WINDOW_START = 1_700_000_040_000; // a multiple of 1000 and 60 000, so windows align

describe("memory rate limiter", () => {
  it("peeks without counting: what limit() would answer, and no slot taken", async () => {
    const clock = fakeClock(WINDOW_START + 5_000);
    const limiter = createRateLimiter({ store: "memory", now: clock.now });
    const rule = { limit: 2, windowSeconds: 60 };
    for (let i = 0; i < 5; i++) expect(await limiter.peek("peek", rule)).toMatchObject({ success: true, remaining: 2 });
    await limiter.limit("peek", rule);
    await limiter.limit("peek", rule);
    expect(await limiter.peek("peek", rule)).toMatchObject({ success: false, remaining: 0 });
    clock.advance(120_000);
    expect(await limiter.peek("peek", rule)).toMatchObject({ success: true, remaining: 2 });
  });

  it("allows exactly the limit out of 100 concurrent calls", async () => {
    const limiter = createRateLimiter({ store: "memory" });
    const results = await Promise.all(Array.from({ length: 100 }, () => limiter.limit("burst", { limit: 10, windowSeconds: 60 })));
    expect(results.filter((r) => r.success)).toHaveLength(10);
    expect(results.filter((r) => !r.success).every((r) => r.remaining === 0)).toBe(true);
  });

  it("counts remaining down and reports a reset in the future", async () => {
    const clock = fakeClock(WINDOW_START + 5_000);
    const limiter = createRateLimiter({ store: "memory", now: clock.now });
    const rule = { limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.limit("countdown", rule));
    expect(results.map((r) => [r.success, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    for (const r of results) {
      expect(r.limit).toBe(3);
      expect(r.reset).toBe(WINDOW_START + 60_000);
      expect(r.reset).toBeGreaterThan(clock.now());
    }
  });

  it("weighs the previous window as it slides, like @upstash/ratelimit's slidingWindow", async () => {
    const clock = fakeClock(WINDOW_START);
    const limiter = createRateLimiter({ store: "memory", now: clock.now });
    const rule = { limit: 10, windowSeconds: 1 };
    for (let i = 0; i < 10; i++) expect((await limiter.limit("slide", rule)).success).toBe(true);
    expect((await limiter.limit("slide", rule)).success).toBe(false);

    // Half-way into the next window half of the previous 10 still count: 5 more are allowed.
    clock.advance(1_500);
    const half = [];
    for (let i = 0; i < 6; i++) half.push((await limiter.limit("slide", rule)).success);
    expect(half).toEqual([true, true, true, true, true, false]);

    // Two windows later nothing of the burst remains.
    clock.advance(2_000);
    const fresh = await limiter.limit("slide", rule);
    expect(fresh).toMatchObject({ success: true, remaining: 9 });
  });

  it("allows requests again after a real window passes", async () => {
    const limiter = createRateLimiter({ store: "memory" });
    const rule = { limit: 2, windowSeconds: 1 };
    await limiter.limit("real-clock", rule);
    await limiter.limit("real-clock", rule);
    expect((await limiter.limit("real-clock", rule)).success).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 2_050));
    expect((await limiter.limit("real-clock", rule)).success).toBe(true);
  });

  it("keeps keys and rules apart", async () => {
    const limiter = createRateLimiter({ store: "memory" });
    const perMinute = { limit: 1, windowSeconds: 60 };
    expect((await limiter.limit("a", perMinute)).success).toBe(true);
    expect((await limiter.limit("a", perMinute)).success).toBe(false);
    expect((await limiter.limit("b", perMinute)).success).toBe(true);
    expect((await limiter.limit("a", { limit: 5, windowSeconds: 60 })).success).toBe(true);
  });

  it("rejects a malformed rule instead of treating it as an outage", async () => {
    const limiter = createRateLimiter({ store: "memory", failureMode: "open" });
    await expect(limiter.limit("k", { limit: 0, windowSeconds: 60 })).rejects.toThrow(TypeError);
    await expect(limiter.limit("k", { limit: 5, windowSeconds: 0.5 })).rejects.toThrow(TypeError);
  });
});
