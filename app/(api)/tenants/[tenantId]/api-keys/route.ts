import { createApiKey, createApiKeyInput, listApiKeys, listApiKeysQuery } from "@/lib/api-keys";
import { access, route } from "@/lib/app";
import { pageOf } from "@/lib/http/response";
import { apiKeyResponse, createdApiKeyResponse } from "@/lib/api-keys/responses";
import { requireFeature } from "@/lib/plans";

/** The tenant's API keys (never their secrets); revoked ones too with `?include=revoked`. */
export const GET = route({ auth: "session", permission: { apiKey: ["read"] }, query: listApiKeysQuery, response: pageOf(apiKeyResponse) }, ({ tenant, query }) => listApiKeys(tenant, query));

/** The answer is the only time the key is shown. */
export const POST = route(
  { auth: "session", permission: { apiKey: ["create"] }, body: createApiKeyInput, response: createdApiKeyResponse, status: 201 },
  async ({ tenant, body }) => {
    await requireFeature(tenant.tenantId, "api_access");
    return createApiKey(tenant, body, access);
  },
);
