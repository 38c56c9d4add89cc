import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { newId } from "@/lib/ids";
import type { ModuleFixtures } from "@/lib/manifest/define";

/** The admin module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async routeParams(tenant) {
    // A dead job of no real definition: retrying or canceling it runs nothing.
    const jobId = newId("job");
    await db.insert(jobs).values({ id: jobId, name: "fixture.noop", payload: { tenantId: tenant.id }, status: "dead", attempts: 1, maxAttempts: 1, lastError: "fixture" });
    return { userId: tenant.people.member!.id, jobId };
  },
  unscopedRoutes: {
    "/platform/users": "platform admins only: every user",
    "/platform/users/[userId]": "platform admins only: names a user, not a tenant's row",
    "/platform/users/[userId]/ban": "platform admins only: names a user",
    "/platform/users/[userId]/unban": "platform admins only: names a user",
    "/platform/users/[userId]/sign-out": "platform admins only: names a user",
    "/platform/users/[userId]/verification": "platform admins only: names a user",
    "/platform/users/[userId]/platform-role": "platform admins only: names a user",
    "/platform/tenants": "platform admins only: every tenant",
    "/platform/impersonations": "platform admins only: starts a session as a user",
    "/platform/impersonations/current": "ends the caller's own impersonation session",
    "/platform/jobs": "platform admins only: every job",
    "/platform/jobs/[jobId]/retry": "platform admins only: names a job",
    "/platform/jobs/[jobId]/cancel": "platform admins only: names a job",
    "/platform/emails": "platform admins only: every email sent",
    "/platform/system": "platform admins only: the deployment's health",
  },
};
