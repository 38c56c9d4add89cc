import { and, asc, desc, eq, ilike, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { auditLogs } from "@/db/schema/audit";
import { tenantPlans } from "@/db/schema/plans";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { page } from "@/lib/http/pagination";
import { defaultPlan, monthlyRecurringAmount } from "@/lib/plans";
import { likePattern } from "./users";

const tenantColumns = {
  id: tenants.id,
  name: tenants.name,
  slug: tenants.slug,
  // One count per listed row (a page is at most 100): the old overview's join counted nothing.
  membersCount: sql<number>`(select count(*)::int from ${tenantMembers} where ${tenantMembers.tenantId} = ${tenants.id})`,
  plan: sql<string>`coalesce(${tenantPlans.plan}, ${defaultPlan})`,
  interval: tenantPlans.interval,
  billingState: sql<string>`coalesce(${tenantPlans.state}, 'free')`,
  createdAt: tenants.createdAt,
};

type TenantRow = { plan: string; interval: string | null; billingState: string };

/** MRR as the revenue figures count it (lib/plans): active or past-due subscriptions only. */
function withMrr<T extends TenantRow>(row: T): T & { mrr: number } {
  return { ...row, mrr: monthlyRecurringAmount(row) };
}

/** Tenants whose name, slug or id contains `query`, newest first, a page at a time. */
export async function searchTenants(params: { query?: string; cursor?: string; limit: number }) {
  const pattern = params.query ? likePattern(params.query) : null;
  const rows = await db
    .select(tenantColumns)
    .from(tenants)
    .leftJoin(tenantPlans, eq(tenantPlans.tenantId, tenants.id))
    .where(
      and(
        isNull(tenants.deletedAt),
        pattern ? or(ilike(tenants.name, pattern), ilike(tenants.slug, pattern), ilike(tenants.id, pattern)) : undefined,
        params.cursor ? lt(tenants.id, params.cursor) : undefined,
      ),
    )
    .orderBy(desc(tenants.id))
    .limit(params.limit + 1);
  return page(rows.map(withMrr), params.limit);
}

/** One tenant with its members and its audit log; modules add their own sections to the page. */
export async function tenantDetail(tenantId: string) {
  const [tenant] = await db.select(tenantColumns).from(tenants).leftJoin(tenantPlans, eq(tenantPlans.tenantId, tenants.id)).where(eq(tenants.id, tenantId));
  if (!tenant) return null;
  const [members, audit] = await Promise.all([
    db
      .select({ id: tenantMembers.id, userId: users.id, email: users.email, name: users.name, role: tenantMembers.role, joinedAt: tenantMembers.createdAt })
      .from(tenantMembers)
      .innerJoin(users, eq(users.id, tenantMembers.userId))
      .where(eq(tenantMembers.tenantId, tenantId))
      .orderBy(asc(tenantMembers.createdAt)),
    db
      .select({ id: auditLogs.id, action: auditLogs.action, actorId: auditLogs.actorId, targetType: auditLogs.targetType, targetId: auditLogs.targetId, data: auditLogs.data, createdAt: auditLogs.createdAt })
      .from(auditLogs)
      .where(eq(auditLogs.tenantId, tenantId))
      .orderBy(desc(auditLogs.id))
      .limit(50),
  ]);
  return { tenant: withMrr(tenant), members, audit };
}
