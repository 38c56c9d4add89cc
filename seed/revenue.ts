import type { ModuleFixtures } from "@/lib/manifest/define";

/** The revenue module's test data (its manifest's `fixtures`): its routes name no tenant. The demo history is billing's (seed/billing-history.ts). */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/platform/metrics/revenue": "platform admins only (404 to everyone else): figures across all tenants",
    "/platform/metrics/revenue/export": "platform admins only (404 to everyone else): figures across all tenants, as CSV",
    "/platform/metrics/revenue/health": "platform admins only (404 to everyone else): figures across all tenants",
  },
};
