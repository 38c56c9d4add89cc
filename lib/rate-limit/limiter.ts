import { logger } from "@/lib/observability";
import { RateLimitUnavailableError } from "./errors";
import { createMemoryStore, type MemoryStoreOptions } from "./stores/memory";
import { createRedisStore, type RedisStoreOptions } from "./stores/redis";
import { createUpstashStore, type UpstashStoreOptions } from "./stores/upstash";
import type { RateLimitResult, RateLimitRule, RateLimitStore, RateLimitStoreName } from "./types";

export type StoreConfig =
  | ({ store: "memory" } & MemoryStoreOptions)
  | ({ store: "redis" } & RedisStoreOptions)
  | ({ store: "upstash" } & UpstashStoreOptions);

export type RateLimiterConfig = StoreConfig & {
  /**
   * What to answer when the store fails or times out: `open` allows the request (and warns at
   * most once a minute), `closed` throws RateLimitUnavailableError for the caller to map to 503.
   * @default "open"
   */
  failureMode?: "open" | "closed";
  /** A store answer slower than this counts as a failure. @default 1000 */
  timeoutMs?: number;
};

export type RateLimiter = {
  store: RateLimitStoreName;
  limit(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** What `limit` would answer, without counting; same failure handling. */
  peek(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** Closes the store's connection. */
  close(): Promise<void>;
};

const WARN_INTERVAL_MS = 60_000;

/** The one place a backend is picked. */
function openStore(config: StoreConfig): RateLimitStore {
  switch (config.store) {
    case "memory":
      return createMemoryStore(config);
    case "redis":
      return createRedisStore(config);
    case "upstash":
      return createUpstashStore(config);
    default: {
      const unknown: never = config;
      throw new Error(`Unknown rate-limit store: ${JSON.stringify(unknown)}`);
    }
  }
}

export function createRateLimiter(config: RateLimiterConfig): RateLimiter {
  const store = openStore(config);
  const failureMode = config.failureMode ?? "open";
  const timeoutMs = config.timeoutMs ?? 1000;
  let lastWarning = Number.NEGATIVE_INFINITY;

  async function guarded(rule: RateLimitRule, ask: () => Promise<RateLimitResult>): Promise<RateLimitResult> {
    assertRule(rule);
    try {
      return await withTimeout(ask(), timeoutMs);
    } catch (error) {
      if (failureMode === "closed") throw new RateLimitUnavailableError({ cause: error });
      // An outage fails every request; one line a minute says so without flooding the logs.
      const now = Date.now();
      if (now - lastWarning >= WARN_INTERVAL_MS) {
        lastWarning = now;
        logger.warn("Rate-limit store unavailable; allowing requests (RATE_LIMIT_FAILURE_MODE=open)", {
          store: config.store,
          error: error instanceof Error ? error.message : String(error),
        });
      }
      return { success: true, limit: rule.limit, remaining: rule.limit, reset: now };
    }
  }

  return {
    store: config.store,
    limit: (key, rule) => guarded(rule, () => store.limit(key, rule)),
    peek: (key, rule) => guarded(rule, () => store.peek(key, rule)),
    close: () => store.close(),
  };
}

/** A bad rule is a programming error, not an outage: it must never be swallowed by failure mode. */
function assertRule(rule: RateLimitRule) {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) {
    throw new TypeError(`Rate-limit rule needs a positive integer limit, got ${rule.limit}`);
  }
  if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new TypeError(`Rate-limit rule needs a positive integer windowSeconds, got ${rule.windowSeconds}`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Rate-limit store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
