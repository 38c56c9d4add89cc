import { createApiKey, createApiKeyInput, listApiKeys } from "@/lib/api-keys";
import { access, route } from "@/lib/app";
import { created, pageQuery } from "@/lib/http";
import { requireFeature } from "@/lib/plans";

export const GET = route({ auth: "session", permission: { apiKey: ["read"] }, query: pageQuery }, ({ tenant, query }) => listApiKeys(tenant, query));

/** The answer is the only time the key is shown. */
export const POST = route({ auth: "session", permission: { apiKey: ["create"] }, body: createApiKeyInput }, async ({ tenant, body }) => {
  await requireFeature(tenant.tenantId, "api_access");
  return created(await createApiKey(tenant, body, access));
});
