import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { createApiKey } from "@/lib/api-keys";
import type { DemoTenant, ModuleFixtures } from "@/lib/manifest/define";
import { systemContext, type TenantContext } from "@/lib/tenants/context";

const managers = ["owner", "admin"];

/** The system acts as the owner: any scope it asks for is grantable. */
const anyScope = (scopes: readonly string[]) => ({ scopes, scopesBeyondRole: () => [] });

/** The demo tenants that call the API (the paying, trialing and past-due ones), and their keys. */
export const demoKeyTenants: readonly string[] = ["paid", "trial", "pastdue"];
export const demoKeys = [
  { name: "Production", environment: "live" },
  { name: "Staging", environment: "test" },
] as const;

const day = 86_400_000;

/**
 * A live and a test key for each tenant in `demoKeyTenants`, made by its owner through
 * `createApiKey` (audit entry and `api_key.created` event included). The keys themselves are
 * printed nowhere: the demo shows their traffic (the usage module's seed), and a person who wants
 * to call the API creates a key of their own. Safe to run again: a tenant with the keys keeps them.
 */
async function seedDemoKeys(tenants: readonly DemoTenant[], now = Date.now()) {
  for (const tenant of tenants.filter((t) => demoKeyTenants.includes(t.key))) {
    const owner = tenant.people.owner;
    if (!owner) continue;
    const names = demoKeys.map((k) => k.name);
    const existing = await db.select({ name: apiKeys.name }).from(apiKeys).where(and(eq(apiKeys.tenantId, tenant.id), inArray(apiKeys.name, names)));
    if (existing.length > 0) continue;
    const ctx: TenantContext = { tenantId: tenant.id, userId: owner.id, role: "owner", via: "session", requestId: "seed" };
    for (const key of demoKeys) {
      const { id } = await createApiKey(ctx, { name: key.name, environment: key.environment, scopes: [] }, anyScope([]));
      // Made weeks ago, before the traffic the usage seed gives them (createApiKey stamps now).
      await db.update(apiKeys).set({ createdAt: new Date(now - 45 * day) }).where(eq(apiKeys.id, id));
    }
  }
}

/** The api-keys module's seed and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  seedDemo: (tenants) => seedDemoKeys(tenants),
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
    "POST /tenants/[tenantId]/api-keys/[keyId]/rotate": managers,
  },
  unscopedRoutes: { "/v1/keys/verify": "takes a key, not an id; answers only about that key's own tenant" },
  validBody: { environment: "test", scopes: [], overlapSeconds: 3600 },
};
