import { DomainError } from "@/lib/errors";
import { throttle } from "@/lib/rate-limit/throttle";
import type { ScopePolicy } from "./manage";
import { checkKey, countUse } from "./verify";

export { verifyKeyInput } from "./schemas";

export type VerifyKeyAnswer =
  | {
      valid: true;
      keyId: string;
      tenantId: string;
      environment: "live" | "test";
      /** The key's scopes that its creator's current role still allows. */
      permissions: string[];
      rateLimit: { limit: number; remaining: number; reset: number };
    }
  | { valid: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "plan" | "rate_limited" };

/**
 * Wrong guesses one address may make per minute. Only refusals count, so a service verifying its
 * users' real keys at any rate is never slowed; a script enumerating keys is.
 */
export const guessLimit = { limit: 60, windowSeconds: 60 };

/**
 * `POST /v1/keys/verify`: a decision for any key a caller sends; an error (429) only for a caller
 * who has sent too many keys that do not exist.
 */
export async function verifyKeyAnswer(key: string, policy: Pick<ScopePolicy, "scopesBeyondRole">, caller: { callerAddress: string }): Promise<VerifyKeyAnswer> {
  const check = await checkKey(key);
  if (!check.valid && (check.reason === "malformed" || check.reason === "unknown")) {
    await throttle({ [`keys-verify:${caller.callerAddress}`]: guessLimit }, "Too many unknown keys from this address. Wait a minute.");
  }
  if (!check.valid) return { valid: false, reason: check.reason };
  try {
    const { principal, rateLimit } = await countUse(check.key);
    return {
      valid: true,
      keyId: principal.keyId,
      tenantId: principal.tenantId,
      environment: principal.environment,
      permissions: effectiveScopes(principal, policy),
      rateLimit: { limit: rateLimit.limit, remaining: rateLimit.remaining, reset: rateLimit.reset },
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === "rate_limited") return { valid: false, reason: "rate_limited" };
    throw error;
  }
}

/** A key's scopes less those its creator's role no longer grants (all of them for a system key). */
function effectiveScopes(principal: { scopes: string[]; creatorRole: string | null }, policy: Pick<ScopePolicy, "scopesBeyondRole">): string[] {
  if (!principal.creatorRole) return principal.scopes;
  const outgrown = new Set(policy.scopesBeyondRole(principal.creatorRole, principal.scopes));
  return principal.scopes.filter((scope) => !outgrown.has(scope));
}
