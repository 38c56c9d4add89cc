import { env } from "@/lib/env";
import { createRateLimiter, type RateLimiter, type StoreConfig } from "./limiter";
import type { RateLimitResult, RateLimitRule, RateLimitStoreName } from "./types";
import { recordRateLimit } from "@/lib/metrics/record";

export type { RateLimitResult, RateLimitRule, RateLimitStoreName } from "./types";
export type { RateLimiter, RateLimiterConfig } from "./limiter";
export { createRateLimiter } from "./limiter";
export { rateLimitHeaders } from "./headers";
export { RateLimitUnavailableError } from "./errors";

/** Upstash REST wins over REDIS_URL; with neither, counts live in this process's memory. */
function storeFromEnv(): StoreConfig {
  if (env.UPSTASH_REDIS_REST_URL) {
    if (!env.UPSTASH_REDIS_REST_TOKEN) {
      throw new Error("UPSTASH_REDIS_REST_URL is set but UPSTASH_REDIS_REST_TOKEN is not.");
    }
    return { store: "upstash", url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN };
  }
  if (env.REDIS_URL) return { store: "redis", url: env.REDIS_URL };
  return { store: "memory" };
}

// One limiter (so one Redis connection) per process, on globalThis: dev reloads and Turbopack's
// separate bundles for instrumentation and routes must share it, as db/client.ts does. Keyed by
// its configuration, so code that parsed another environment (a test file) never gets this one.
const globalKey = Symbol.for("keel.rate-limit");
type GlobalWithLimiter = typeof globalThis & { [globalKey]?: { config: string; limiter: RateLimiter } };
const holder = globalThis as GlobalWithLimiter;

function limiter(): RateLimiter {
  const config = { ...storeFromEnv(), failureMode: env.RATE_LIMIT_FAILURE_MODE };
  const key = JSON.stringify(config);
  if (holder[globalKey]?.config !== key) holder[globalKey] = { config: key, limiter: createRateLimiter(config) };
  return holder[globalKey].limiter;
}

/**
 * Counts one request for `key` under `rule` (sliding window). Throws RateLimitUnavailableError
 * only when the store fails and RATE_LIMIT_FAILURE_MODE is `closed`.
 */
export async function rateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const result = await limiter().limit(key, rule);
  recordRateLimit(key, result.success);
  return result;
}

/** What rateLimit() would answer for `key` now, without counting a request. */
export async function peekRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  return limiter().peek(key, rule);
}

/** Which backend the environment selects (does not connect). */
export function rateLimitStore(): RateLimitStoreName {
  return storeFromEnv().store;
}

/** Closes the process's store connection; the next rateLimit() opens it again. For tests/scripts. */
export async function closeRateLimitStore(): Promise<void> {
  const current = holder[globalKey];
  holder[globalKey] = undefined;
  await current?.limiter.close();
}
