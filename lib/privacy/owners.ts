import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { tenantMembers, tenants } from "@/db/schema/tenants";

/** Tenants the user owns alone while others still belong to them: deleting would orphan those people. */
export async function tenantsBlockingDeletion(userId: string): Promise<{ id: string; name: string }[]> {
  const owned = await db
    .select({ id: tenants.id, name: tenants.name })
    .from(tenantMembers)
    .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.userId, userId), eq(tenantMembers.role, "owner"), sql`${tenants.deletedAt} is null`));
  const blocking: { id: string; name: string }[] = [];
  for (const tenant of owned) {
    const [counts] = await db
      .select({
        owners: sql<number>`count(*) filter (where ${tenantMembers.role} = 'owner' and ${tenantMembers.userId} <> ${userId})::int`,
        others: sql<number>`count(*) filter (where ${tenantMembers.userId} <> ${userId})::int`,
      })
      .from(tenantMembers)
      .where(eq(tenantMembers.tenantId, tenant.id));
    if (counts && counts.owners === 0 && counts.others > 0) blocking.push(tenant);
  }
  return blocking;
}
