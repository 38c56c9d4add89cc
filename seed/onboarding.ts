import type { ModuleFixtures } from "@/lib/manifest/define";

/** The onboarding module's test data (its manifest's `fixtures`): its routes read the session's tenant. */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/me/onboarding": "the caller's own checklist in the session's active tenant, membership checked",
    "/me/onboarding/dismiss": "hides the caller's own checklist in the session's active tenant, membership checked",
  },
};
