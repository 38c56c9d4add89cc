import type { ApiKeyPrincipal } from "@/lib/http/api-key";
import type { CreditsPort } from "@/lib/manifest/ports";
import { coreError, errors } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { KeyRateLimit } from "./limits";
import { keyFromRequest } from "./token";
import { acceptKey } from "./verify";

export type VerifyApiKeyOptions = {
  /** Scopes the key must hold, e.g. `["usage:write"]`; missing ones answer 403 `insufficient_scope`. @default [] */
  require?: readonly string[];
  /**
   * Credits to deduct for this call (live keys only: test keys never consume credits). The
   * request's `Idempotency-Key` header, when sent, makes a retried call charge once.
   * @default no charge
   */
  cost?: number;
  /** Where `cost` is charged: `creditsPort` from lib/app (absent without the credits module: no charge). */
  credits?: CreditsPort;
};

export type VerifiedApiCall = { key: ApiKeyPrincipal; rateLimit: KeyRateLimit; charge: { balance: number; duplicate: boolean } | null };

/**
 * For server code outside route(): authenticate the request's API key (401/429), check scopes
 * (403), and charge credits (402 `insufficient_credits`).
 */
export async function verifyApiKey(request: Request, options: VerifyApiKeyOptions = {}): Promise<VerifiedApiCall> {
  const raw = keyFromRequest(request);
  if (raw === null) throw errors.unauthorized("Send an API key as `Authorization: Bearer sk_…` or `X-API-Key`.");
  const { principal, rateLimit } = await acceptKey(raw);
  const missing = (options.require ?? []).filter((scope) => !principal.scopes.includes(scope));
  if (missing.length) throw coreError("insufficient_scope", `This API key lacks the scope ${missing.join(", ")}.`, { headers: rateLimit.headers });
  let charge: VerifiedApiCall["charge"] = null;
  if (options.cost !== undefined && options.credits && principal.environment === "live") {
    const given = request.headers.get("idempotency-key");
    // Scoped by key, so two keys' callers choosing the same header value do not collide.
    const idempotencyKey = `api-key:${principal.keyId}:${given ?? newId("request")}`;
    charge = await options.credits.spend({ tenantId: principal.tenantId, amount: options.cost, reason: "api call", idempotencyKey });
  }
  return { key: principal, rateLimit, charge };
}
