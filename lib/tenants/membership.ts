import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { isRole, type Role } from "@/lib/auth/roles";

export type Membership = { memberId: string; tenantId: string; role: Role };

/** The user's membership in a live (not deleted) tenant, or null. */
export async function findMembership(
  userId: string,
  tenantId: string,
  executor: Executor = db,
): Promise<Membership | null> {
  const [row] = await executor
    .select({ memberId: tenantMembers.id, tenantId: tenantMembers.tenantId, role: tenantMembers.role })
    .from(tenantMembers)
    .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.userId, userId), eq(tenantMembers.tenantId, tenantId), isNull(tenants.deletedAt)))
    .limit(1);
  if (!row || !isRole(row.role)) return null;
  return { memberId: row.memberId, tenantId: row.tenantId, role: row.role };
}

/** Every live tenant the user belongs to, oldest membership first. */
export async function listUserTenants(userId: string, executor: Executor = db) {
  const rows = await executor
    .select({ id: tenants.id, name: tenants.name, slug: tenants.slug, role: tenantMembers.role })
    .from(tenantMembers)
    .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.userId, userId), isNull(tenants.deletedAt)))
    .orderBy(asc(tenantMembers.createdAt), asc(tenantMembers.id));
  return rows;
}

/** Who hears about the tenant's billing and security: the owner and the admins. */
export async function tenantAdminContacts(tenantId: string, executor: Executor = db) {
  return executor
    .select({ email: users.email, name: users.name, tenantName: tenants.name })
    .from(tenantMembers)
    .innerJoin(users, eq(users.id, tenantMembers.userId))
    .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.tenantId, tenantId), inArray(tenantMembers.role, ["owner", "admin"])));
}
