import type { Entitlements } from "@/lib/plans";
import { coreError } from "@/lib/errors";
import { rateLimit, rateLimitHeaders, RateLimitUnavailableError } from "@/lib/rate-limit";
import type { CachedKey } from "./cache";

/**
 * Rate limits for API keys, two checks per request:
 * - per key: the key's own rule, else {@link defaultKeyPerMinute} a minute;
 * - per tenant (all its keys together): 60 a minute per 1,000 monthly API requests in the plan,
 *   at least 120 and at most 6,000 (unlimited plans get 6,000). Free (1,000/month) → 120/min,
 *   Pro (50,000) → 3,000/min. The monthly allowance itself is metering's job, not this one's:
 *   these limits only stop bursts.
 */
export const defaultKeyPerMinute = 600;
const tenantFloor = 120;
const tenantCeiling = 6_000;

export function tenantPerMinute(limits: Pick<Entitlements["limits"], "apiRequestsPerMonth">): number {
  const perMonth = limits.apiRequestsPerMonth;
  if (perMonth === null) return tenantCeiling;
  return Math.min(tenantCeiling, Math.max(tenantFloor, Math.ceil(perMonth / 1000) * 60));
}

export type KeyRateLimit = { limit: number; remaining: number; reset: number; headers: Record<string, string> };

/**
 * Counts one request against the key and its tenant. Over either → throws 429 `rate_limited`
 * with Retry-After and RateLimit-* headers; the headers of a pass describe the key's own limit
 * (the one a client can act on). A limiter that cannot count and is configured to fail closed
 * answers 503.
 */
export async function consumeRateLimit(key: Pick<CachedKey, "keyId" | "tenantId" | "rateLimit" | "tenantPerMinute">): Promise<KeyRateLimit> {
  const keyRule = key.rateLimit ?? { limit: defaultKeyPerMinute, windowSeconds: 60 };
  let results;
  try {
    results = await Promise.all([
      rateLimit(`api-key:${key.keyId}`, keyRule),
      rateLimit(`api-tenant:${key.tenantId}`, { limit: key.tenantPerMinute, windowSeconds: 60 }),
    ]);
  } catch (error) {
    if (error instanceof RateLimitUnavailableError) {
      throw coreError("service_unavailable", "Rate limiting is unavailable; try again shortly.");
    }
    throw error;
  }
  const [perKey, perTenant] = results;
  const refused = !perKey.success ? perKey : !perTenant.success ? perTenant : null;
  if (refused) {
    const scope = refused === perKey ? "this API key" : "this tenant's API keys";
    throw coreError("rate_limited", `Too many requests for ${scope}. Retry after the time in Retry-After.`, { headers: rateLimitHeaders(refused) });
  }
  return { limit: perKey.limit, remaining: perKey.remaining, reset: perKey.reset, headers: rateLimitHeaders(perKey) };
}
