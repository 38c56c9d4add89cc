import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { tenantInvitations, tenantMembers, tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/auth/config";
import type { assignableRoles } from "@/lib/auth/roles";
import { sendEmail } from "@/lib/email";
import { invitationEmail } from "./emails";
import { invitationTokenMatches, newInvitationToken } from "./invitation-token";
import { assertSeatForInvitation, assertSeatForMember } from "./seats";
import { coreError, errors } from "@/lib/errors";
import { throttle } from "@/lib/rate-limit/throttle";
import { page, type PageParams } from "@/lib/http/pagination";
import { newId } from "@/lib/ids";
import { isLocale } from "@/lib/i18n/config";
import { emit, notify } from "@/lib/jobs";
import { invitationReceivedNotification } from "./notifications";
import { withTenant, type TenantContext, type UserContext } from "./context";
import { meta } from "./tenants";

/** How long an invitation link stays valid. A resend starts the clock again. */
export const invitationTtlMs = 7 * 24 * 60 * 60 * 1000;

type InvitableRole = (typeof assignableRoles)[number];

const publicColumns = {
  id: tenantInvitations.id,
  email: tenantInvitations.email,
  role: tenantInvitations.role,
  status: tenantInvitations.status,
  expiresAt: tenantInvitations.expiresAt,
  createdAt: tenantInvitations.createdAt,
};

/** The link the invitation email carries: the id names the invitation, the token proves the address. */
export function invitationUrl(id: string, token: string): string {
  return `${appUrl}/accept-invitation/${id}?token=${token}`;
}

/** Invitation emails cost the recipient attention and our sender reputation: at most this many. */
const invitationLimits = (tenantId: string, email: string) => ({
  [`invitations:tenant:${tenantId}`]: { limit: 50, windowSeconds: 60 * 60 },
  [`invitations:recipient:${email}`]: { limit: 5, windowSeconds: 60 * 60 },
});
const throttleMessage = "Too many invitations sent. Wait a while before inviting again.";

export async function listInvitations(ctx: TenantContext, params: PageParams & { status?: string }) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(publicColumns)
      .from(tenantInvitations)
      .where(
        and(
          eq(tenantInvitations.tenantId, ctx.tenantId),
          params.status ? eq(tenantInvitations.status, params.status) : undefined,
          params.cursor ? lt(tenantInvitations.id, params.cursor) : undefined,
        ),
      )
      .orderBy(desc(tenantInvitations.id))
      .limit(params.limit + 1),
  );
  return page(rows, params.limit);
}

export async function createInvitation(ctx: TenantContext, input: { email: string; role: InvitableRole }) {
  const email = input.email.toLowerCase();
  await throttle(invitationLimits(ctx.tenantId, email), throttleMessage);
  const { token, hash } = newInvitationToken();
  return withTenant(ctx, async (tx) => {
    const [existingMember] = await tx
      .select({ id: tenantMembers.id })
      .from(tenantMembers)
      .innerJoin(users, eq(users.id, tenantMembers.userId))
      .where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(users.email, email)));
    if (existingMember) throw errors.conflict(`${email} is already a member.`);
    await assertSeatForInvitation(tx, ctx.tenantId, email);
    const [row] = await tx
      .insert(tenantInvitations)
      .values({
        id: newId("invitation"),
        tenantId: ctx.tenantId,
        email,
        role: input.role,
        inviterId: requireUser(ctx),
        tokenHash: hash,
        expiresAt: new Date(Date.now() + invitationTtlMs),
      })
      .onConflictDoNothing()
      .returning(publicColumns);
    if (!row) throw errors.conflict(`${email} already has a pending invitation: resend it instead.`);
    await sendInvitationEmail(tx, ctx, invitationUrl(row.id, token), email, input.role);
    await recordAudit(tx, { action: "invitation.created", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "invitation", targetId: row.id, data: { email, role: input.role }, ...meta(ctx) });
    await emit(tx, "invitation.created", { tenantId: ctx.tenantId, invitationId: row.id, email, role: input.role });
    return row;
  });
}

/** Sends the invitation again with a new link (the old one stops working) and a fresh expiry. */
export async function resendInvitation(ctx: TenantContext, invitationId: string) {
  const { token, hash } = newInvitationToken();
  return withTenant(ctx, async (tx) => {
    const [current] = await tx
      .select({ email: tenantInvitations.email })
      .from(tenantInvitations)
      .where(and(eq(tenantInvitations.id, invitationId), eq(tenantInvitations.tenantId, ctx.tenantId), eq(tenantInvitations.status, "pending")));
    if (!current) throw errors.notFound("Pending invitation");
    await throttle(invitationLimits(ctx.tenantId, current.email), throttleMessage);
    const [row] = await tx
      .update(tenantInvitations)
      .set({ expiresAt: new Date(Date.now() + invitationTtlMs), tokenHash: hash })
      .where(and(eq(tenantInvitations.id, invitationId), eq(tenantInvitations.tenantId, ctx.tenantId), eq(tenantInvitations.status, "pending")))
      .returning(publicColumns);
    if (!row) throw errors.notFound("Pending invitation");
    await sendInvitationEmail(tx, ctx, invitationUrl(row.id, token), row.email, row.role);
    await recordAudit(tx, { action: "invitation.resent", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "invitation", targetId: row.id, ...meta(ctx) });
    return row;
  });
}

export async function cancelInvitation(ctx: TenantContext, invitationId: string) {
  await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(tenantInvitations)
      .set({ status: "canceled" })
      .where(and(eq(tenantInvitations.id, invitationId), eq(tenantInvitations.tenantId, ctx.tenantId), eq(tenantInvitations.status, "pending")))
      .returning({ id: tenantInvitations.id });
    if (!row) throw errors.notFound("Pending invitation");
    await recordAudit(tx, { action: "invitation.canceled", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "invitation", targetId: row.id, ...meta(ctx) });
  });
}

/**
 * What the accept page shows: enough to decide, nothing about the tenant's data. Only to someone
 * holding the link's token, or to the signed-in invitee with a verified address; anyone else
 * (a member who saw the id) gets null, as for an unknown id.
 */
export async function describeInvitation(invitationId: string, proof: { token?: string; viewerId?: string | null }) {
  const [row] = await db
    .select({ ...publicColumns, tokenHash: tenantInvitations.tokenHash, tenantName: tenants.name, inviterName: users.name })
    .from(tenantInvitations)
    .innerJoin(tenants, eq(tenants.id, tenantInvitations.tenantId))
    .innerJoin(users, eq(users.id, tenantInvitations.inviterId))
    .where(eq(tenantInvitations.id, invitationId));
  if (!row) return null;
  const { tokenHash, ...invitation } = row;
  const viewer = proof.viewerId ? await verifiedEmailOf(db, proof.viewerId) : null;
  const proven = invitationTokenMatches(proof.token, tokenHash) || (viewer !== null && viewer === row.email);
  return proven ? { ...invitation, tokenValid: invitationTokenMatches(proof.token, tokenHash) } : null;
}

/** The user's email when they have verified it, else null. */
async function verifiedEmailOf(executor: Executor, userId: string): Promise<string | null> {
  const [row] = await executor.select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, userId));
  return row?.verified ? row.email.toLowerCase() : null;
}

/**
 * Pending, unexpired invitations addressed to this user's email, once the address is verified:
 * an account that merely claims an address learns nothing of the tenants inviting it.
 */
export async function listInvitationsForUser(user: Pick<UserContext, "userId" | "email">) {
  if (!(await verifiedEmailOf(db, user.userId))) return [];
  return db
    .select({ ...publicColumns, tenantId: tenants.id, tenantName: tenants.name })
    .from(tenantInvitations)
    .innerJoin(tenants, eq(tenants.id, tenantInvitations.tenantId))
    .where(and(eq(tenantInvitations.email, user.email.toLowerCase()), eq(tenantInvitations.status, "pending"), gt(tenantInvitations.expiresAt, sql`now()`)))
    .orderBy(desc(tenantInvitations.id));
}

/**
 * Accepts or declines an invitation addressed to the user. The user must prove the address: a
 * verified email, or the token from the emailed link (which then verifies the address too).
 * Someone else's invitation answers 404, exactly like an unknown id.
 */
export async function respondToInvitation(
  user: Pick<UserContext, "userId" | "email" | "ipAddress" | "userAgent">,
  input: { invitationId: string; accept: boolean; token?: string },
  executor?: Executor,
) {
  const run = async (tx: Executor) => {
    const email = user.email.toLowerCase();
    const open = and(
      eq(tenantInvitations.id, input.invitationId),
      eq(tenantInvitations.email, email),
      eq(tenantInvitations.status, "pending"),
      gt(tenantInvitations.expiresAt, sql`now()`),
    );
    const [found] = await tx.select({ tokenHash: tenantInvitations.tokenHash }).from(tenantInvitations).where(open).for("update");
    if (!found) throw errors.notFound("Invitation");
    const byLink = invitationTokenMatches(input.token, found.tokenHash);
    if (!byLink && (await verifiedEmailOf(tx, user.userId)) !== email) {
      throw coreError("email_not_verified", "Verify your email address, or open the link in the invitation email, to answer this invitation.");
    }
    // Opening the emailed link proves the address as well as a verification email would.
    if (byLink) await tx.update(users).set({ emailVerified: true }).where(and(eq(users.id, user.userId), eq(users.emailVerified, false)));
    const [invitation] = await tx
      .update(tenantInvitations)
      .set({ status: input.accept ? "accepted" : "rejected" })
      .where(open)
      .returning();
    if (!invitation) throw errors.notFound("Invitation");
    if (input.accept) {
      await assertSeatForMember(tx, invitation.tenantId);
      const [member] = await tx
        .insert(tenantMembers)
        .values({ id: newId("member"), tenantId: invitation.tenantId, userId: user.userId, role: invitation.role })
        .onConflictDoNothing()
        .returning({ id: tenantMembers.id });
      if (member) await emit(tx, "member.added", { tenantId: invitation.tenantId, memberId: member.id, userId: user.userId, role: invitation.role, invitationId: invitation.id });
    } else {
      await emit(tx, "invitation.declined", { tenantId: invitation.tenantId, userId: user.userId, invitationId: invitation.id });
    }
    await recordAudit(tx, {
      action: input.accept ? "invitation.accepted" : "invitation.declined",
      tenantId: invitation.tenantId,
      actorId: user.userId,
      targetType: "invitation",
      targetId: invitation.id,
      data: { role: invitation.role },
      ipAddress: user.ipAddress ?? null,
      userAgent: user.userAgent ?? null,
    });
    return { tenantId: invitation.tenantId, role: invitation.role, status: invitation.status };
  };
  return executor ? run(executor) : db.transaction(run);
}

async function sendInvitationEmail(tx: Executor, ctx: TenantContext, url: string, email: string, role: string) {
  const [info] = await tx
    .select({ tenantName: tenants.name, inviterName: users.name, inviterLocale: users.locale })
    .from(tenants)
    .innerJoin(users, eq(users.id, requireUser(ctx)))
    .where(eq(tenants.id, ctx.tenantId));
  const names = { inviterName: info?.inviterName ?? "A teammate", tenantName: info?.tenantName ?? "a team" };
  // The invitee's saved language if the address has an account; else the inviter's, the best guess
  // for a colleague (people invite their own team); else English.
  const inviterLocale = isLocale(info?.inviterLocale) ? info.inviterLocale : undefined;
  await sendEmail(tx, { to: email, template: invitationEmail, props: { ...names, role, url }, fallbackLocale: inviterLocale });
  // Someone who already has an account also sees it in the app (the link stays in the email only).
  const [invitee] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (invitee) await notify(tx, invitationReceivedNotification, { tenantId: ctx.tenantId, userIds: [invitee.id], data: { ...names, role } });
}

function requireUser(ctx: TenantContext): string {
  if (!ctx.userId) throw errors.forbidden("Only a signed-in member can invite.");
  return ctx.userId;
}
