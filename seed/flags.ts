import { db } from "@/db/client";
import { featureFlags } from "@/db/schema/flags";
import type { ModuleFixtures } from "@/lib/manifest/define";

/** Demo flags: a plan-gated boolean, a 25% rollout, and a multivariate value with a dev override. */
const demoFlags: (typeof featureFlags.$inferInsert)[] = [
  { key: "new-dashboard", type: "boolean", description: "The redesigned overview page.", defaultValue: false, rules: [{ match: { plans: ["pro", "enterprise"] }, value: true }, { match: {}, percentage: 25, value: true }] },
  { key: "checkout-copy", type: "string", description: "The checkout button's wording (an A/B test).", defaultValue: "Upgrade", rules: [{ match: {}, percentage: 50, value: "Start your plan" }] },
  { key: "export-batch-size", type: "number", description: "Rows per CSV export batch.", defaultValue: 500, rules: [], environments: { development: { defaultValue: 50 } } },
];

/** The flags module's demo data and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo() {
    await db.insert(featureFlags).values(demoFlags).onConflictDoNothing();
  },
  unscopedRoutes: {
    "/me/flags": "the caller's own flag values, for their active tenant as the session names it",
    "/platform/flags": "platform admins only (404 to everyone else): flags of the whole deployment",
    "/platform/flags/[flagKey]": "platform admins only (404 to everyone else): a flag of the whole deployment",
    "/platform/flags/[flagKey]/evaluate": "platform admins only (404 to everyone else): a preview for any user or tenant",
  },
  validBody: { key: "fixture-flag", type: "boolean", defaultValue: false },
};
