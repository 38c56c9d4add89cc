import type { ApiKeyPrincipal } from "@/lib/http/api-key";
import { coreError } from "@/lib/errors";
import { planError } from "@/lib/plans";
import { cachedKey, cacheKey, type CachedKey } from "./cache";
import { consumeRateLimit, type KeyRateLimit } from "./limits";
import { findKeyByHash, touchLastUsed } from "./lookup";
import { hashKey, keyFromRequest, parseKey } from "./token";

/** Why a key was refused. `malformed` covers a wrong checksum: such keys never reach the database. */
export type KeyRefusal = "malformed" | "unknown" | "revoked" | "expired" | "plan";

export type KeyCheck = { valid: true; key: CachedKey } | { valid: false; reason: KeyRefusal };

const refusalMessages: Record<KeyRefusal, string> = {
  malformed: "That is not a valid API key.",
  unknown: "That API key does not exist.",
  revoked: "That API key has been revoked.",
  expired: "That API key has expired.",
  plan: "This tenant's plan does not include API access. Upgrade to use API keys.",
};

/**
 * Checks a key without counting it against any limit. Order matters for cost: shape and checksum
 * (pure), then the in-process cache (fresh ≤ 10 s), and only on a miss one database read.
 */
export async function checkKey(key: string, now = Date.now()): Promise<KeyCheck> {
  if (!parseKey(key)) return { valid: false, reason: "malformed" };
  const hash = hashKey(key);
  let found = cachedKey(hash, now);
  if (found === undefined) {
    found = await findKeyByHash(hash);
    cacheKey(hash, found, now);
  }
  if (!found) return { valid: false, reason: "unknown" };
  if (found.revoked) return { valid: false, reason: "revoked" };
  if (found.expiresAt !== null && found.expiresAt <= now) return { valid: false, reason: "expired" };
  if (!found.apiAccess) return { valid: false, reason: "plan" };
  return { valid: true, key: found };
}

export type VerifiedKey = { principal: ApiKeyPrincipal; rateLimit: KeyRateLimit };

/**
 * Checks a key and counts one request against its limits: throws 401 `unauthorized` for a bad key,
 * 429 `rate_limited` when over a limit. Marks the key used (off the request path).
 */
export async function acceptKey(key: string): Promise<VerifiedKey> {
  const check = await checkKey(key);
  if (!check.valid && check.reason === "plan") throw planError("plan_limit_reached", refusalMessages.plan);
  if (!check.valid) throw coreError("unauthorized", refusalMessages[check.reason]);
  return countUse(check.key);
}

/** Counts one use of a checked key: rate limits (429 when over), then last-used. */
export async function countUse(found: CachedKey): Promise<VerifiedKey> {
  const rateLimit = await consumeRateLimit(found);
  touchLastUsed(found.keyId);
  return {
    principal: {
      keyId: found.keyId,
      tenantId: found.tenantId,
      environment: found.environment,
      scopes: found.scopes,
      createdBy: found.createdBy,
      creatorRole: found.creatorRole,
      rateLimitHeaders: rateLimit.headers,
    },
    rateLimit,
  };
}

/**
 * The authenticator route() calls for `auth: "apiKey"` (declared in the api-keys manifest, module.ts). Null when
 * the request carries no key, so a route that also accepts sessions can try those.
 */
export async function authenticateApiKey(req: Request): Promise<ApiKeyPrincipal | null> {
  const key = keyFromRequest(req);
  if (key === null) return null;
  return (await acceptKey(key)).principal;
}

export { refusalMessages };
