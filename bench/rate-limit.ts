/**
 * How long one rate-limit decision takes on each store, sequentially and 100 at a time.
 * Run: `npx tsx bench/rate-limit.ts` (uses REDIS_URL, default redis://127.0.0.1:6379; the Redis
 * row is skipped with a note when no server answers).
 */
import { randomUUID } from "node:crypto";
import { createRateLimiter, type RateLimiterConfig } from "@/lib/rate-limit/limiter";

const ROUNDS = 2_000;
const rule = { limit: 1_000_000, windowSeconds: 60 };

async function measure(config: RateLimiterConfig) {
  const limiter = createRateLimiter({ ...config, failureMode: "closed" });
  const key = `bench:${randomUUID()}`;
  try {
    await limiter.limit(key, rule); // warm-up: connection and script cache
    let started = performance.now();
    for (let i = 0; i < ROUNDS; i++) await limiter.limit(key, rule);
    const sequentialUs = ((performance.now() - started) * 1000) / ROUNDS;
    started = performance.now();
    for (let i = 0; i < ROUNDS / 100; i++) await Promise.all(Array.from({ length: 100 }, () => limiter.limit(key, rule)));
    const perSecond = Math.round(ROUNDS / ((performance.now() - started) / 1000));
    console.log(`${config.store.padEnd(7)} ${sequentialUs.toFixed(1).padStart(8)} µs/call sequential   ${perSecond} calls/s at 100 concurrent`);
  } catch (error) {
    console.log(`${config.store.padEnd(7)} skipped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await limiter.close();
  }
}

await measure({ store: "memory" });
await measure({ store: "redis", url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" });
