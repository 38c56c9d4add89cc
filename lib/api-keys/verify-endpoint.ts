import { DomainError } from "@/lib/errors";
import { checkKey, countUse } from "./verify";

export { verifyKeyInput } from "./schemas";

export type VerifyKeyAnswer =
  | {
      valid: true;
      keyId: string;
      tenantId: string;
      environment: "live" | "test";
      /** The key's scopes. */
      permissions: string[];
      rateLimit: { limit: number; remaining: number; reset: number };
    }
  | { valid: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "plan" | "rate_limited" };

/** `POST /v1/keys/verify`: a decision, never an error, for any key a caller sends. */
export async function verifyKeyAnswer(key: string): Promise<VerifyKeyAnswer> {
  const check = await checkKey(key);
  if (!check.valid) return { valid: false, reason: check.reason };
  try {
    const { principal, rateLimit } = await countUse(check.key);
    return {
      valid: true,
      keyId: principal.keyId,
      tenantId: principal.tenantId,
      environment: principal.environment,
      permissions: principal.scopes,
      rateLimit: { limit: rateLimit.limit, remaining: rateLimit.remaining, reset: rateLimit.reset },
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === "rate_limited") return { valid: false, reason: "rate_limited" };
    throw error;
  }
}
