import { randomUUID } from "node:crypto";
import { Redis as IORedis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RateLimitUnavailableError } from "./errors";
import { createRateLimiter, type RateLimiter } from "./limiter";

// No skip when Redis is down: CI has one, and a silent skip would hide a broken limiter.
// Runs when REDIS_URL names a server (.ci/run sets it: there an unreachable Redis fails the run);
// a fresh machine without Redis skips it, as the Postgres pass is skipped without DATABASE_URL.
const url = process.env.REDIS_URL ?? "";
const deadUrl = "redis://127.0.0.1:6390";
const run = `test-${randomUUID()}`;

// Every limiter a test opens is closed here, even when an assertion failed: an open ioredis
// connection keeps the runner from exiting.
const opened: RateLimiter[] = [];
function open(config: Parameters<typeof createRateLimiter>[0]): RateLimiter {
  const limiter = createRateLimiter(config);
  opened.push(limiter);
  return limiter;
}

/** A plain connection for looking at what the limiter wrote; the caller disconnects it. */
function inspector(): IORedis {
  const client = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on("error", () => {}); // failures surface through the rejected command
  return client;
}

afterAll(async () => {
  const redis = inspector();
  try {
    const keys = await redis.keys(`keel:rl:*${run}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
    await Promise.all(opened.map((limiter) => limiter.close()));
  }
});

describe.skipIf(!url)("redis rate limiter", () => {
  it("allows exactly the limit out of 100 concurrent calls", async () => {
    // `closed`, so an unreachable Redis fails this test instead of allowing everything.
    const limiter = open({ store: "redis", url, failureMode: "closed" });
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 100 }, () => limiter.limit(`${run}:burst`, rule)));
    expect(results.filter((r) => r.success)).toHaveLength(10);
    const remaining = results.filter((r) => r.success).map((r) => r.remaining).sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results[0]!.reset).toBeGreaterThan(Date.now());
  });

  it("peeks without counting, through the same scripts", async () => {
    const limiter = open({ store: "redis", url, failureMode: "closed" });
    const rule = { limit: 2, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) expect(await limiter.peek(`${run}:peek`, rule)).toMatchObject({ success: true, remaining: 2 });
    await limiter.limit(`${run}:peek`, rule);
    await limiter.limit(`${run}:peek`, rule);
    expect(await limiter.peek(`${run}:peek`, rule)).toMatchObject({ success: false, remaining: 0 });
  });

  it("shares counts between two connections, as between two processes", async () => {
    const first = open({ store: "redis", url, failureMode: "closed" });
    const second = open({ store: "redis", url, failureMode: "closed" });
    const rule = { limit: 10, windowSeconds: 60 };
    const a = await Promise.all(Array.from({ length: 6 }, () => first.limit(`${run}:shared`, rule)));
    const b = await Promise.all(Array.from({ length: 6 }, () => second.limit(`${run}:shared`, rule)));
    expect(a.filter((r) => r.success)).toHaveLength(6);
    expect(b.filter((r) => r.success)).toHaveLength(4);
  });

  it("stores its counters under keel:rl", async () => {
    const limiter = open({ store: "redis", url, failureMode: "closed" });
    await limiter.limit(`${run}:prefix`, { limit: 3, windowSeconds: 60 });
    const redis = inspector();
    try {
      const keys = await redis.keys(`*${run}:prefix*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(new RegExp(`^keel:rl:3/60:${run}:prefix:\\d+$`));
    } finally {
      redis.disconnect();
    }
  });

  it("allows requests when the store is down and the failure mode is open", async () => {
    const limiter = open({ store: "redis", url: deadUrl, failureMode: "open" });
    const started = Date.now();
    const result = await limiter.limit(`${run}:open`, { limit: 1, windowSeconds: 60 });
    expect(result.success).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("throws RateLimitUnavailableError quickly when the store is down and the failure mode is closed", async () => {
    const limiter = open({ store: "redis", url: deadUrl, failureMode: "closed" });
    const started = Date.now();
    await expect(limiter.limit(`${run}:closed`, { limit: 1, windowSeconds: 60 })).rejects.toBeInstanceOf(
      RateLimitUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("closes a store that never connected at once, and one that did after its replies", async () => {
    const idle = createRateLimiter({ store: "redis", url, failureMode: "closed" });
    await idle.close();
    const used = createRateLimiter({ store: "redis", url, failureMode: "closed" });
    await used.limit(`${run}:close`, { limit: 1, windowSeconds: 60 });
    await used.close();
    // Closed means closed: a later call cannot reconnect behind the caller's back.
    await expect(used.limit(`${run}:close`, { limit: 1, windowSeconds: 60 })).rejects.toBeInstanceOf(RateLimitUnavailableError);
  });
});
