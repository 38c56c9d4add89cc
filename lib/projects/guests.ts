import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Executor, Tx } from "@/db/client";
import { users } from "@/db/schema/auth";
import { projectMembers, projects } from "@/db/schema/projects";
import { tenantMembers } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import { emit } from "@/lib/jobs";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import type { MemberRemovedHook } from "@/lib/tenants/hooks";
import { projectIds } from "./catalog";

/** `POST /projects/:projectId/members`: the tenant guest to add. */
export const projectGuestInput = z.object({
  userId: z.string().trim().min(1, "Choose a guest to add.").max(100).describe("usr_…: a member of this tenant with the guest role."),
});

const guestColumns = {
  id: projectMembers.id,
  userId: projectMembers.userId,
  name: users.name,
  email: users.email,
  role: tenantMembers.role,
  addedBy: projectMembers.addedBy,
  createdAt: projectMembers.createdAt,
};

function auditMeta(ctx: TenantContext) {
  return { actorId: ctx.userId, ipAddress: ctx.ipAddress ?? null, userAgent: ctx.userAgent ?? null };
}

/** The active project, or 404: a trashed or foreign project has no guests to manage. */
async function projectInTenant(tx: Tx, ctx: TenantContext, projectId: string) {
  const [row] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.tenantId, ctx.tenantId), isNull(projects.deletedAt)));
  if (!row) throw errors.notFound("Project");
  return row;
}

/** A project's guests with their names and current role; the caller adds the where clause. */
function guestRows(tx: Tx) {
  return tx
    .select(guestColumns)
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .innerJoin(tenantMembers, and(eq(tenantMembers.tenantId, projectMembers.tenantId), eq(tenantMembers.userId, projectMembers.userId)))
    .$dynamic();
}

/** The guests added to a project, oldest first. */
export async function listProjectGuests(ctx: TenantContext, projectId: string, params: PageParams) {
  const rows = await withTenant(ctx, async (tx) => {
    await projectInTenant(tx, ctx, projectId);
    return guestRows(tx)
      .where(and(eq(projectMembers.tenantId, ctx.tenantId), eq(projectMembers.projectId, projectId), params.cursor ? gt(projectMembers.id, params.cursor) : undefined))
      .orderBy(asc(projectMembers.id))
      .limit(params.limit + 1);
  });
  return page(rows, params.limit);
}

/**
 * Adds a tenant guest to a project; adding one already there changes nothing (`created: false`).
 * Anyone else answers 422 on `userId`: members and above already see every project, and people
 * outside the tenant cannot be named. Their membership row is locked, so a concurrent removal from
 * the tenant either waits for this row (and its hook deletes it) or happens first (and this fails).
 */
export async function addProjectGuest(ctx: TenantContext, projectId: string, input: z.output<typeof projectGuestInput>) {
  return withTenant(ctx, async (tx) => {
    await projectInTenant(tx, ctx, projectId);
    const [membership] = await tx
      .select({ role: tenantMembers.role })
      .from(tenantMembers)
      .where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(tenantMembers.userId, input.userId)))
      .for("share");
    if (membership?.role !== "guest") {
      throw errors.validation(
        { userId: membership ? `This person is a ${membership.role} here and already sees every project.` : "No guest of this tenant has this id." },
        "Only the tenant's guests can be added to a project.",
      );
    }
    const [inserted] = await tx
      .insert(projectMembers)
      .values({ id: projectIds.newId("projectMember"), projectId, tenantId: ctx.tenantId, userId: input.userId, addedBy: ctx.userId })
      .onConflictDoNothing({ target: [projectMembers.projectId, projectMembers.userId] })
      .returning({ id: projectMembers.id });
    if (inserted) {
      await recordAudit(tx, { action: "project.guest_added", tenantId: ctx.tenantId, targetType: "project", targetId: projectId, data: { userId: input.userId }, ...auditMeta(ctx) });
      await emit(tx, "project.guest_added", { tenantId: ctx.tenantId, projectId, userId: input.userId });
    }
    const [guest] = await guestRows(tx).where(
      and(eq(projectMembers.tenantId, ctx.tenantId), eq(projectMembers.projectId, projectId), eq(projectMembers.userId, input.userId)),
    );
    if (!guest) throw new Error("the project member row is missing after its insert");
    return { guest, created: inserted !== undefined };
  });
}

/** Takes a guest off a project; 404 when they were not on it. */
export async function removeProjectGuest(ctx: TenantContext, projectId: string, userId: string) {
  await withTenant(ctx, async (tx) => {
    await projectInTenant(tx, ctx, projectId);
    const [row] = await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.tenantId, ctx.tenantId), eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .returning({ id: projectMembers.id });
    if (!row) throw errors.notFound("Project guest");
    await recordAudit(tx, { action: "project.guest_removed", tenantId: ctx.tenantId, targetType: "project", targetId: projectId, data: { userId, reason: "removed" }, ...auditMeta(ctx) });
    await emit(tx, "project.guest_removed", { tenantId: ctx.tenantId, projectId, userId });
  });
}

/**
 * Leaving the tenant ends what a person was added to in it: their project memberships there go in
 * the transaction that removes them, so rejoining later as a guest starts with no projects.
 */
export const dropProjectsOfRemovedMember: MemberRemovedHook = async (tx: Executor, member) => {
  const rows = await tx
    .delete(projectMembers)
    .where(and(eq(projectMembers.tenantId, member.tenantId), eq(projectMembers.userId, member.userId)))
    .returning({ projectId: projectMembers.projectId });
  for (const { projectId } of rows) {
    await recordAudit(tx, {
      action: "project.guest_removed",
      tenantId: member.tenantId,
      actorId: member.actorId,
      targetType: "project",
      targetId: projectId,
      data: { userId: member.userId, reason: "member_removed" },
    });
    await emit(tx, "project.guest_removed", { tenantId: member.tenantId, projectId, userId: member.userId });
  }
};
