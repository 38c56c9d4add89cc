import { Ratelimit } from "@upstash/ratelimit";
import type { Redis as UpstashRedis } from "@upstash/redis";
import { KEY_PREFIX, ruleId, type RateLimitRule, type RateLimitStore } from "../types";
import type { ScriptClient } from "./ioredis-adapter";

/**
 * A store on @upstash/ratelimit's sliding window, over either the real Upstash client or the
 * ioredis adapter. One Ratelimit per rule, because the library fixes limit and window at
 * construction; each rule gets its own key prefix so rules never share counters.
 */
export function createSlidingWindowStore(redis: ScriptClient, close: () => Promise<void>): RateLimitStore {
  const limiters = new Map<string, Ratelimit>();

  function limiterFor(rule: RateLimitRule): Ratelimit {
    const id = ruleId(rule);
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        // The library types its client as the full @upstash/redis class but only calls
        // eval/evalsha on this path (see ScriptClient); the adapter implements exactly those.
        redis: redis as UpstashRedis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
        prefix: `${KEY_PREFIX}:${id}`,
        // The library's timeout answers *success* when Redis is slow, which would bypass
        // RATE_LIMIT_FAILURE_MODE=closed; the limiter applies its own timeout instead.
        timeout: 0,
        // Its in-process cache of blocked keys would make decisions differ between instances and
        // from the memory store; Redis stays the only source of truth.
        ephemeralCache: false,
        analytics: false,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  }

  return {
    async limit(key, rule) {
      const { success, limit, remaining, reset } = await limiterFor(rule).limit(key);
      return { success, limit, remaining, reset };
    },
    async peek(key, rule) {
      const { limit, remaining, reset } = await limiterFor(rule).getRemaining(key);
      return { success: remaining > 0, limit, remaining, reset };
    },
    close,
  };
}
