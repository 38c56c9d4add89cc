import type { ModuleFixtures } from "@/lib/manifest/define";

/** The storage module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/storage/[...key]": "public: a signed download link, authorized by its signature, not by a tenant",
  },
};
