import { randomUUID } from "node:crypto";
import { Redis as UpstashRedis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimitUnavailableError } from "@/lib/rate-limit/errors";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit/limiter";
import { startUpstashRest, type UpstashRest } from "./upstash-rest";

// The stand-in forwards to the Redis in REDIS_URL, so this runs where lib/rate-limit/redis.int.test.ts
// runs (CI has one) and skips where it skips. Every key carries this run's id.
const redisUrl = process.env.REDIS_URL ?? "";
const run = `standin-${randomUUID()}`;
const token = "upstash-standin-token";

let upstash: UpstashRest;
const opened: RateLimiter[] = [];

/** The real Upstash store (lib/rate-limit/stores/upstash.ts) pointed at the stand-in by its URL. */
function open(overrides: { token?: string } = {}): RateLimiter {
  // `closed`, so a broken stand-in fails the test instead of allowing everything. The default
  // 1 s store timeout is for production; on a busy 2-core test machine 100 concurrent HTTP calls
  // through a stand-in can take longer, and the assertion here is about counting, not speed.
  const limiter = createRateLimiter({ store: "upstash", url: upstash.url, token: overrides.token ?? token, failureMode: "closed", timeoutMs: 10_000 });
  opened.push(limiter);
  return limiter;
}

beforeAll(async () => {
  if (redisUrl) upstash = await startUpstashRest({ token, redisUrl });
});

afterAll(async () => {
  if (!redisUrl) return;
  const redis = new IORedis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on("error", () => {});
  try {
    const keys = await redis.keys(`*${run}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
    await Promise.all(opened.map((limiter) => limiter.close()));
    await upstash.close();
  }
});

describe.skipIf(!redisUrl)("Upstash REST stand-in, driven by the Upstash rate-limit store and @upstash/redis", () => {
  it("allows exactly the limit out of 100 concurrent calls, as on Redis", async () => {
    const limiter = open();
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 100 }, () => limiter.limit(`${run}:burst`, rule)));
    expect(results.filter((r) => r.success)).toHaveLength(10);
    const remaining = results.filter((r) => r.success).map((r) => r.remaining).sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results[0]!.reset).toBeGreaterThan(Date.now());
    // The store spoke Upstash's protocol: base64 answers; scripts by SHA first, and when Upstash
    // (here: Redis behind the stand-in) does not know them yet, NOSCRIPT and EVAL. @upstash/redis
    // batches concurrent commands into /pipeline requests.
    const scripted = upstash.requests.flatMap((request) => request.commands.map((name) => ({ name, request })));
    expect(scripted.filter(({ name }) => name === "EVALSHA")).toHaveLength(100);
    expect(scripted.filter(({ name }) => name === "EVAL")).toHaveLength(100);
    expect(upstash.requests.every((request) => request.base64 && request.status === 200)).toBe(true);
    expect(upstash.requests.map((request) => [request.commands[0], request.errors])).toEqual(
      upstash.requests.map((request) => (request.commands[0] === "EVALSHA" ? ["EVALSHA", request.commands.length] : ["EVAL", 0])),
    );
  });

  it("peeks without counting, through the same scripts, by SHA once the scripts are known", async () => {
    const limiter = open();
    const rule = { limit: 2, windowSeconds: 60 };
    await limiter.limit(`${run}:peek-warm-up`, rule); // the first limit and peek send their scripts
    await limiter.peek(`${run}:peek-warm-up`, rule);
    const before = upstash.requests.length;
    for (let i = 0; i < 3; i++) expect(await limiter.peek(`${run}:peek`, rule)).toMatchObject({ success: true, remaining: 2 });
    await limiter.limit(`${run}:peek`, rule);
    await limiter.limit(`${run}:peek`, rule);
    expect(await limiter.peek(`${run}:peek`, rule)).toMatchObject({ success: false, remaining: 0 });
    // The stand-in answers the SHA of the script as sent, though Redis got it without its shebang.
    const later = upstash.requests.slice(before);
    expect(later.flatMap((request) => request.commands)).toEqual(Array.from({ length: 6 }, () => "EVALSHA"));
    expect(later.every((request) => request.errors === 0)).toBe(true);
  });

  it("refuses a wrong token with 401, which the closed failure mode turns into RateLimitUnavailableError", async () => {
    const limiter = open({ token: "not-the-token" });
    await expect(limiter.limit(`${run}:token`, { limit: 1, windowSeconds: 60 })).rejects.toBeInstanceOf(RateLimitUnavailableError);
    expect(upstash.requests.at(-1)?.status).toBe(401);
  });

  it("answers @upstash/redis' single commands, pipelines and transactions in base64 and in plain JSON", async () => {
    for (const responseEncoding of ["base64", false] as const) {
      const redis = new UpstashRedis({ url: upstash.url, token, responseEncoding, enableTelemetry: false, retry: false });
      const key = `${run}:sdk:${responseEncoding}`;
      expect(await redis.set(key, "héllo ✓ {\"not\": json")).toBe("OK");
      expect(await redis.get(key)).toBe("héllo ✓ {\"not\": json");
      // Text that is itself valid base64: the client decodes every answer it asked base64 for
      // (and keeps as-is what does not decode), so only such text shows the encoding is right.
      expect(await redis.set(`${key}:b64`, "keel")).toBe("OK");
      expect(await redis.get(`${key}:b64`)).toBe("keel");
      expect(await redis.set(`${key}:json`, { plan: "pro", seats: 3 })).toBe("OK");
      expect(await redis.get(`${key}:json`)).toEqual({ plan: "pro", seats: 3 });
      await expect(redis.incr(key)).rejects.toThrow(/ERR value is not an integer/);

      const pipeline = redis.pipeline();
      pipeline.incr(`${key}:n`).incrby(`${key}:n`, 4).get(`${key}:n`).lrange(`${key}:missing`, 0, -1);
      expect(await pipeline.exec()).toEqual([1, 5, 5, []]);

      const tx = redis.multi();
      tx.rpush(`${key}:list`, "keel", "ü").lrange(`${key}:list`, 0, -1).del(`${key}:list`);
      expect(await tx.exec()).toEqual([2, ["keel", "ü"], 1]);
    }
    expect(upstash.requests.some((request) => request.path === "/pipeline")).toBe(true);
    expect(upstash.requests.some((request) => request.path === "/multi-exec")).toBe(true);
  });
});
