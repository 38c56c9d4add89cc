import { coreError, errors } from "@/lib/errors";
import { RateLimitUnavailableError } from "./errors";
import { rateLimitHeaders } from "./headers";
import { rateLimit } from "./index";
import type { RateLimitRule } from "./types";

/**
 * Counts one action against each `key → rule` and refuses it (429 `rate_limited`, with
 * Retry-After) when any is over. For actions that cost someone else something: an invitation
 * email, a new tenant. A store that cannot count answers 503 when RATE_LIMIT_FAILURE_MODE is
 * `closed`.
 */
export async function throttle(limits: Record<string, RateLimitRule>, message: string): Promise<void> {
  for (const [key, rule] of Object.entries(limits)) {
    let result;
    try {
      result = await rateLimit(`throttle:${key}`, rule);
    } catch (error) {
      if (error instanceof RateLimitUnavailableError) throw errors.unavailable("This action is briefly unavailable. Try again in a minute.");
      throw error;
    }
    if (!result.success) throw coreError("rate_limited", message, { headers: rateLimitHeaders(result) });
  }
}
