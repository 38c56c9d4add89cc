import { db } from "@/db/client";
import { segments } from "@/db/schema/segments";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { computeAllSegments } from "@/lib/segments/compute";

/** Demo segments: paying tenants, and users who signed up this month; computed so the admin page shows members. */
const demoSegments: (typeof segments.$inferInsert)[] = [
  { key: "paying-tenants", name: "Paying tenants", subject: "tenant", description: "On a paid plan and in good standing.", conditions: [{ field: "tenant.billingState", op: "in", value: ["active", "trialing"] }] },
  { key: "new-users", name: "New users", subject: "user", description: "Signed up in the last 30 days.", conditions: [{ field: "user.signedUpAt", op: "withinDays", value: 30 }] },
];

/** The segments module's demo data and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo() {
    await db.insert(segments).values(demoSegments).onConflictDoNothing();
    await computeAllSegments();
  },
  unscopedRoutes: {
    "/platform/segments": "platform admins only (404 to everyone else): segments of the whole deployment",
    "/platform/segments/fields": "platform admins only (404 to everyone else): the fields conditions can name",
    "/platform/segments/[segmentKey]": "platform admins only (404 to everyone else): a segment of the whole deployment",
    "/platform/segments/[segmentKey]/members": "platform admins only (404 to everyone else): any user or tenant in the segment",
    "/platform/segments/[segmentKey]/export": "platform admins only (404 to everyone else): the members as CSV",
    "/platform/segments/[segmentKey]/compute": "platform admins only (404 to everyone else): recomputes a segment of the whole deployment",
  },
  validBody: { key: "fixture-segment", subject: "tenant", conditions: [] },
};
