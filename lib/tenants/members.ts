import { and, asc, eq, gt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { tenantInvitations, tenantMembers, tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import type { Role } from "@/lib/auth/roles";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import { emit, notify } from "@/lib/jobs";
import { roleChangedNotification } from "./notifications";
import { withTenant, type TenantContext } from "./context";
import { withAfterCommit, type MemberRemovedHook } from "./hooks";
import { meta } from "./tenants";

const memberColumns = {
  id: tenantMembers.id,
  userId: tenantMembers.userId,
  role: tenantMembers.role,
  createdAt: tenantMembers.createdAt,
  name: users.name,
  email: users.email,
};

export async function listMembers(ctx: TenantContext, params: PageParams) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(memberColumns)
      .from(tenantMembers)
      .innerJoin(users, eq(users.id, tenantMembers.userId))
      .where(and(eq(tenantMembers.tenantId, ctx.tenantId), params.cursor ? gt(tenantMembers.id, params.cursor) : undefined))
      .orderBy(asc(tenantMembers.id))
      .limit(params.limit + 1),
  );
  return page(rows, params.limit);
}

/** The member row in this tenant, locked for the rest of the transaction; 404 when it is not here. */
async function memberInTenant(tx: Tx, tenantId: string, memberId: string) {
  const [row] = await tx
    .select()
    .from(tenantMembers)
    .where(and(eq(tenantMembers.id, memberId), eq(tenantMembers.tenantId, tenantId)))
    .for("update");
  if (!row) throw errors.notFound("Member");
  return row;
}

export async function changeMemberRole(ctx: TenantContext, input: { memberId: string; role: Exclude<Role, "owner"> }) {
  return withTenant(ctx, async (tx) => {
    const member = await memberInTenant(tx, ctx.tenantId, input.memberId);
    if (member.role === "owner") throw errors.conflict("The owner's role changes only by transferring ownership.");
    if (member.role !== input.role) {
      await tx.update(tenantMembers).set({ role: input.role }).where(eq(tenantMembers.id, member.id));
      await recordAudit(tx, {
        action: "member.role_changed",
        tenantId: ctx.tenantId,
        actorId: ctx.userId,
        targetType: "member",
        targetId: member.id,
        data: { userId: member.userId, from: member.role, to: input.role },
        ...meta(ctx),
      });
      await emit(tx, "member.role_changed", { tenantId: ctx.tenantId, memberId: member.id, userId: member.userId, from: member.role, to: input.role });
      const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
      await notify(tx, roleChangedNotification, { tenantId: ctx.tenantId, userIds: [member.userId], data: { tenantName: tenant?.name ?? "your team", from: member.role, to: input.role } });
    }
    return { id: member.id, userId: member.userId, role: input.role };
  });
}

/**
 * Removes a member, or lets the caller leave when `memberId` is their own. Owners transfer first.
 * What the member could do here ends in the same transaction: their pending invitations are
 * canceled, and modules revoke what they own (api-keys: the keys the member created).
 */
export async function removeMember(ctx: TenantContext, input: { memberId: string }, hooks: readonly MemberRemovedHook[]) {
  await withAfterCommit((afterCommit) => withTenant(ctx, async (tx) => {
    const member = await memberInTenant(tx, ctx.tenantId, input.memberId);
    const leaving = member.userId === ctx.userId;
    if (member.role === "owner") {
      throw errors.conflict(
        leaving ? "Transfer ownership to another member before leaving." : "The owner cannot be removed.",
      );
    }
    await tx.delete(tenantMembers).where(eq(tenantMembers.id, member.id));
    const canceled = await tx
      .update(tenantInvitations)
      .set({ status: "canceled" })
      .where(and(eq(tenantInvitations.tenantId, ctx.tenantId), eq(tenantInvitations.inviterId, member.userId), eq(tenantInvitations.status, "pending")))
      .returning({ id: tenantInvitations.id });
    for (const invitation of canceled) {
      await recordAudit(tx, { action: "invitation.canceled", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "invitation", targetId: invitation.id, data: { reason: "inviter_removed" }, ...meta(ctx) });
    }
    for (const hook of hooks) await hook(tx, { tenantId: ctx.tenantId, userId: member.userId, actorId: ctx.userId }, afterCommit);
    // Sessions working in this tenant lose it at once.
    await tx
      .update(sessions)
      .set({ activeTenantId: null })
      .where(and(eq(sessions.userId, member.userId), eq(sessions.activeTenantId, ctx.tenantId)));
    await recordAudit(tx, {
      action: leaving ? "member.left" : "member.removed",
      tenantId: ctx.tenantId,
      actorId: ctx.userId,
      targetType: "member",
      targetId: member.id,
      data: { userId: member.userId, role: member.role },
      ...meta(ctx),
    });
    await emit(tx, "member.removed", { tenantId: ctx.tenantId, memberId: member.id, userId: member.userId, role: member.role, reason: leaving ? "left" : "removed" });
  }));
}

/** Makes another member the owner; the previous owner becomes an admin. */
export async function transferOwnership(ctx: TenantContext, input: { memberId: string }) {
  return withTenant(ctx, async (tx) => {
    const next = await memberInTenant(tx, ctx.tenantId, input.memberId);
    const [current] = await tx
      .select()
      .from(tenantMembers)
      .where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(tenantMembers.role, "owner")))
      .for("update");
    if (!current || current.userId !== ctx.userId) throw errors.forbidden("Only the owner can transfer ownership.");
    if (next.id === current.id) throw errors.conflict("You already own this tenant.");
    // Demote first: a unique index allows one owner per tenant at any moment.
    await tx.update(tenantMembers).set({ role: "admin" }).where(eq(tenantMembers.id, current.id));
    await tx.update(tenantMembers).set({ role: "owner" }).where(eq(tenantMembers.id, next.id));
    await recordAudit(tx, {
      action: "tenant.ownership_transferred",
      tenantId: ctx.tenantId,
      actorId: ctx.userId,
      targetType: "member",
      targetId: next.id,
      data: { fromUserId: current.userId, toUserId: next.userId },
      ...meta(ctx),
    });
    await emit(tx, "tenant.ownership_transferred", { tenantId: ctx.tenantId, fromUserId: current.userId, toUserId: next.userId });
    return { ownerMemberId: next.id, previousOwnerMemberId: current.id };
  });
}
