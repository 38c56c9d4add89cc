import { createApiKey } from "@/lib/api-keys";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { systemContext } from "@/lib/tenants/context";

const managers = ["owner", "admin"];

/** The system acts as the owner: any scope it asks for is grantable. */
const anyScope = (scopes: readonly string[]) => ({ scopes, scopesBeyondRole: () => [] });

/** The api-keys module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async routeParams(tenant) {
    const key = await createApiKey(systemContext(tenant.id), { name: "fixture", environment: "test", scopes: [] }, anyScope([]));
    return { keyId: key.id };
  },
  async apiKeyFor(tenant, wanted) {
    const scopes = [...(wanted ?? ["projects:read"])];
    return (await createApiKey(systemContext(tenant.id), { name: "fixture", environment: "test", scopes }, anyScope(scopes))).key;
  },
  roleMatrix: {
    "GET /tenants/[tenantId]/api-keys": ["owner", "admin", "member"],
    "POST /tenants/[tenantId]/api-keys": managers,
    "PATCH /tenants/[tenantId]/api-keys/[keyId]": managers,
    "DELETE /tenants/[tenantId]/api-keys/[keyId]": managers,
  },
  unscopedRoutes: { "/v1/keys/verify": "takes a key, not an id; answers only about that key's own tenant" },
  validBody: { environment: "test", scopes: [] },
};
