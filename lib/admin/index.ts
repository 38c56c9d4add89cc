import { count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { jobs } from "@/db/schema/jobs";
import { tenantPlans } from "@/db/schema/plans";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { defaultPlan } from "@/lib/plans";

/** Platform-wide figures for the admin overview. Callers must have checked the platform role. */
export async function platformOverview() {
  const [[userCount], [tenantCount], jobCounts] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(tenants).where(isNull(tenants.deletedAt)),
    db.select({ status: jobs.status, n: count() }).from(jobs).groupBy(jobs.status),
  ]);
  return {
    users: userCount?.n ?? 0,
    tenants: tenantCount?.n ?? 0,
    jobs: Object.fromEntries(jobCounts.map((row) => [row.status, row.n])) as Record<string, number>,
  };
}

export async function listTenantsForAdmin(limit = 50) {
  return db
    .select({
      id: tenants.id,
      name: tenants.name,
      plan: sql<string>`coalesce(${tenantPlans.plan}, ${defaultPlan})`,
      planState: sql<string>`coalesce(${tenantPlans.state}, 'free')`,
      createdAt: tenants.createdAt,
      members: sql<number>`(select count(*)::int from ${tenantMembers} where ${tenantMembers.tenantId} = ${tenants.id})`,
    })
    .from(tenants)
    .leftJoin(tenantPlans, eq(tenantPlans.tenantId, tenants.id))
    .where(isNull(tenants.deletedAt))
    .orderBy(desc(tenants.id))
    .limit(limit);
}

/** Recent jobs, failures first: what an operator looks at when something did not happen. */
export async function listJobsForAdmin(limit = 50) {
  const columns = {
    id: jobs.id,
    name: jobs.name,
    status: jobs.status,
    attempts: jobs.attempts,
    maxAttempts: jobs.maxAttempts,
    lastError: jobs.lastError,
    runAt: jobs.runAt,
    updatedAt: jobs.updatedAt,
  };
  const [dead, recent] = await Promise.all([
    db.select(columns).from(jobs).where(eq(jobs.status, "dead")).orderBy(desc(jobs.updatedAt)).limit(limit),
    db.select(columns).from(jobs).where(inArray(jobs.status, ["pending", "running", "succeeded"])).orderBy(desc(jobs.id)).limit(limit),
  ]);
  return [...dead, ...recent].slice(0, limit);
}
