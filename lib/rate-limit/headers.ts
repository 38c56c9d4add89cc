import type { RateLimitResult } from "./types";

/**
 * Response headers for a rate-limit decision, in the IETF draft's names (RateLimit-*) plus the
 * standard Retry-After on refusals. Reset is relative seconds, as the draft asks, so clients need
 * no clock agreement with the server.
 */
export function rateLimitHeaders(result: RateLimitResult, now: number = Date.now()): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((result.reset - now) / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(Math.max(0, result.remaining)),
    "RateLimit-Reset": String(resetSeconds),
  };
  if (!result.success) headers["Retry-After"] = String(resetSeconds);
  return headers;
}
