import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis as IORedis } from "ioredis";
import { describe, expect, it } from "vitest";
import { RateLimitUnavailableError } from "./errors";
import { createRateLimiter } from "./limiter";
import { ioredisScriptClient } from "./stores/ioredis-adapter";

// No Upstash account in tests: a refused local port checks the REST store's wiring to the
// failure mode (and that it fails fast) without the network.
const unreachable = { store: "upstash", url: "http://127.0.0.1:1", token: "test" } as const;
const rule = { limit: 5, windowSeconds: 60 };
const redisUrl = process.env.REDIS_URL ?? "";

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

/**
 * A local stand-in for Upstash's REST API: POST a JSON command array with the bearer token, get
 * `{ result }` back with strings base64-encoded (what @upstash/redis asks for by default). It
 * answers EVAL and EVALSHA — all the sliding window sends — from the Redis in REDIS_URL, through
 * the same script adapter the redis store uses (Redis 7.0 refuses Upstash's script shebang).
 */
async function upstashStandIn(url: string, token: string) {
  const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on("error", () => {}); // failures surface through the rejected command
  const scripts = ioredisScriptClient(redis);
  const encode = (value: unknown): unknown =>
    typeof value === "string" ? Buffer.from(value).toString("base64") : Array.isArray(value) ? value.map(encode) : value;
  let commands = 0;
  async function run([command, script, keyCount, ...rest]: [string, string, number, ...(string | number)[]]) {
    if (command !== "eval" && command !== "evalsha") return { error: `ERR the stand-in does not serve ${command}` };
    commands += 1;
    try {
      return { result: encode(await scripts[command](script, rest.slice(0, keyCount).map(String), rest.slice(keyCount))) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }; // NOSCRIPT makes the library EVAL
    }
  }
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const answer = (status: number, json: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    if (req.headers.authorization !== `Bearer ${token}`) return answer(401, { error: "Unauthorized" });
    // The client auto-pipelines: `/pipeline` takes a list of commands and answers a list.
    if (req.url === "/pipeline") return answer(200, await Promise.all((JSON.parse(body) as Parameters<typeof run>[0][]).map(run)));
    const single = await run(JSON.parse(body) as Parameters<typeof run>[0]);
    answer("error" in single ? 400 : 200, single);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    commands: () => commands,
    async close(keyPattern: string) {
      server.close();
      try {
        const keys = await redis.keys(keyPattern);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    },
  };
}

// Runs when REDIS_URL names a server (CI has one): without it, nothing here could answer.
describe.skipIf(!redisUrl)("upstash rate limiter against a stand-in for its REST API", () => {
  it("allows exactly the limit, then denies, and shares the count between instances", async () => {
    const standIn = await upstashStandIn(redisUrl, "test-token");
    // `closed`, so a broken round trip fails the test instead of allowing everything.
    const config = { store: "upstash", url: standIn.url, token: "test-token", failureMode: "closed" } as const;
    const [first, second] = [createRateLimiter(config), createRateLimiter(config)];
    const key = `upstash-test-${randomUUID()}`;
    try {
      const results = [];
      for (let i = 0; i < rule.limit + 1; i++) results.push(await first.limit(key, rule));
      expect(results.map((r) => [r.success, r.remaining])).toEqual([
        [true, 4],
        [true, 3],
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
      expect(results.at(-1)!.reset).toBeGreaterThan(Date.now());
      // Another instance (another serverless invocation) sees the same count: still denied.
      expect((await second.limit(key, rule)).success).toBe(false);
      expect(standIn.commands()).toBeGreaterThanOrEqual(rule.limit + 2);
    } finally {
      await standIn.close(`keel:rl:*${key}*`);
    }
  });
});
