/** How many requests one key may make per sliding window. */
export type RateLimitRule = {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
};

export type RateLimitResult = {
  success: boolean;
  limit: number;
  remaining: number;
  /** epoch ms when the window frees a slot */
  reset: number;
};

/** The backends a limiter can run on. */
export type RateLimitStoreName = "memory" | "redis" | "upstash";

/** What every backend implements; the limiter adds failure handling on top. */
export interface RateLimitStore {
  limit(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** What `limit` would answer now, without counting a request (`success`: a slot is free). */
  peek(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** Releases connections; safe to call twice. */
  close(): Promise<void>;
}

/** Every store prefixes its keys with this, so rate-limit data is easy to find and flush. */
export const KEY_PREFIX = "keel:rl";

/**
 * One namespace per rule: two rules on the same key (say 10/min and 1000/day) must not share a
 * counter, and a rule's id is stable across deploys so counts survive a restart.
 */
export function ruleId(rule: RateLimitRule): string {
  return `${rule.limit}/${rule.windowSeconds}`;
}
