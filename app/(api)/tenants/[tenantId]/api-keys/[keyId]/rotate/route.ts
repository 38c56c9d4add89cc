import { rotateApiKey, rotateApiKeyInput } from "@/lib/api-keys";
import { route } from "@/lib/app";
import { createdApiKeyResponse } from "@/lib/api-keys/responses";
import { requireFeature } from "@/lib/plans";

/**
 * Gives the key a new secret, answered this once; the old one keeps working for `overlapSeconds`
 * (0–7 days). Same key id, name, scopes, environment, rate limit and expiry.
 */
export const POST = route(
  { auth: "session", permission: { apiKey: ["update"] }, body: rotateApiKeyInput, response: createdApiKeyResponse },
  async ({ tenant, params, body }) => {
    await requireFeature(tenant.tenantId, "api_access");
    return rotateApiKey(tenant, params.keyId ?? "", body);
  },
);
