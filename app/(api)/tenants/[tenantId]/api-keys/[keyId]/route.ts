import { revokeApiKey, updateApiKey, updateApiKeyInput } from "@/lib/api-keys";
import { access, route } from "@/lib/app";
import { apiKeyResponse } from "@/lib/api-keys/responses";

/** Renames an API key or changes its scopes or rate limit. */
export const PATCH = route({ auth: "session", permission: { apiKey: ["update"] }, body: updateApiKeyInput, response: apiKeyResponse }, ({ tenant, params, body }) =>
  updateApiKey(tenant, params.keyId ?? "", body, access),
);

/** Revokes the key (204); it stops working at once in this process, within 10 s everywhere. */
export const DELETE = route({ auth: "session", permission: { apiKey: ["delete"] }, status: 204 }, async ({ tenant, params }) => {
  await revokeApiKey(tenant, params.keyId ?? "");
});
