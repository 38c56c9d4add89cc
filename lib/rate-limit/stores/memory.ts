import { KEY_PREFIX, ruleId, type RateLimitRule, type RateLimitStore } from "../types";

/**
 * Hand-written because @upstash/ratelimit has no in-memory store: it always talks to Redis. This
 * reproduces its `slidingWindow` algorithm (the Lua script in its source) so that switching from
 * the default store to Redis changes where counts live, not what they allow:
 * - time is cut into fixed windows; each key counts requests in the current and previous window;
 * - the previous window's count is weighted by how much of it still overlaps the sliding window,
 *   rounded down;
 * - a request is refused when weighted previous + current ≥ limit, and a refusal is not counted;
 * - `reset` is the end of the current fixed window, as the library reports it.
 * Counts are per process: fine for one server and tests, wrong for several instances (use Redis).
 */

type Counter = { window: number; windowMs: number; current: number; previous: number };

/** How often stale counters are dropped; lazy, so no timer keeps the process alive. */
const SWEEP_INTERVAL_MS = 60_000;

export type MemoryStoreOptions = {
  /** The clock, injectable so tests can move time. @default Date.now */
  now?: () => number;
};

export function createMemoryStore(options: MemoryStoreOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const counters = new Map<string, Counter>();
  let lastSweep = now();

  function sweep(at: number) {
    if (at - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = at;
    for (const [id, counter] of counters) {
      // Older than the previous window: it no longer weighs on any decision.
      if (counter.window < Math.floor(at / counter.windowMs) - 1) counters.delete(id);
    }
  }

  /** The weighted count of `key` under `rule` now, and the counter to add to. */
  function read(key: string, rule: RateLimitRule) {
    const at = now();
    sweep(at);
    const windowMs = rule.windowSeconds * 1000;
    const window = Math.floor(at / windowMs);
    const id = `${KEY_PREFIX}:${ruleId(rule)}:${key}`;
    const counter = roll(counters.get(id), window, windowMs);
    const elapsed = (at % windowMs) / windowMs;
    const weightedPrevious = Math.floor((1 - elapsed) * counter.previous);
    return { id, counter, weightedPrevious, reset: (window + 1) * windowMs };
  }

  return {
    async peek(key: string, rule: RateLimitRule) {
      const { counter, weightedPrevious, reset } = read(key, rule);
      const remaining = Math.max(0, rule.limit - (counter.current + weightedPrevious));
      return { success: remaining > 0, limit: rule.limit, remaining, reset };
    },
    // The body is synchronous, so concurrent calls in one process cannot interleave mid-decision.
    async limit(key: string, rule: RateLimitRule) {
      const { id, counter, weightedPrevious, reset } = read(key, rule);
      counters.set(id, counter);
      if (weightedPrevious + counter.current >= rule.limit) {
        return { success: false, limit: rule.limit, remaining: 0, reset };
      }
      counter.current += 1;
      const remaining = Math.max(0, rule.limit - (counter.current + weightedPrevious));
      return { success: true, limit: rule.limit, remaining, reset };
    },
    async close() {
      counters.clear();
    },
  };
}

/** Moves a counter to `window`: the current count becomes the previous one if it is adjacent. */
function roll(counter: Counter | undefined, window: number, windowMs: number): Counter {
  if (!counter) return { window, windowMs, current: 0, previous: 0 };
  if (counter.window === window) return counter;
  const previous = counter.window === window - 1 ? counter.current : 0;
  return { window, windowMs, current: 0, previous };
}
