import { DomainError } from "@/lib/errors";
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

/** `POST /v1/keys/verify`: a decision, never an error, for any key a caller sends. */
export async function verifyKeyAnswer(key: string, policy: Pick<ScopePolicy, "scopesBeyondRole">): Promise<VerifyKeyAnswer> {
  const check = await checkKey(key);
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
