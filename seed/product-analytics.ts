import type { ModuleFixtures } from "@/lib/manifest/define";

/** The product-analytics module's test data (its manifest's `fixtures`): its one route names no tenant. */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/ingest/[...path]": "posthog-js's relay to PostHog (404 without a key): forwards the browser's own events, reads no tenant's data",
  },
};
