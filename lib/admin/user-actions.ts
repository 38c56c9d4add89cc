import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import type { UserContext } from "@/lib/tenants/context";
import { adminError } from "./errors";

type Target = { id: string; email: string; emailVerified: boolean; role: string; banned: boolean };

/** The user an action names: 404 when there is none; never the acting admin; never another admin unless `admins` allows it. */
async function target(tx: Executor, admin: UserContext, userId: string, opts: { admins?: boolean } = {}): Promise<Target> {
  const [row] = await tx
    .select({ id: users.id, email: users.email, emailVerified: users.emailVerified, role: users.role, banned: users.banned })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!row) throw errors.notFound("User");
  if (row.id === admin.userId) throw errors.forbidden("Platform admins cannot do this to their own account: ask another admin.");
  if (row.role === "admin" && !opts.admins) throw errors.forbidden("This user is a platform admin: revoke their platform role first.");
  return row;
}

function audit(tx: Executor, admin: UserContext, action: `admin.${string}`, userId: string, data: Record<string, unknown>) {
  return recordAudit(tx, { action, actorId: admin.userId, targetType: "user", targetId: userId, data, ipAddress: admin.ipAddress, userAgent: admin.userAgent });
}

/**
 * Bans a user and ends every session they have in the same transaction; Better Auth's admin
 * plugin then refuses them any new session, whichever way they sign in, until `expiresAt`.
 */
export async function banUser(admin: UserContext, userId: string, input: { reason: string; expiresAt?: Date | null }) {
  return db.transaction(async (tx) => {
    const user = await target(tx, admin, userId);
    if (input.expiresAt && input.expiresAt <= new Date()) throw errors.validation({ expiresAt: "Must be in the future." });
    await tx.update(users).set({ banned: true, banReason: input.reason, banExpires: input.expiresAt ?? null }).where(eq(users.id, user.id));
    const ended = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
    await audit(tx, admin, "admin.user_banned", user.id, { reason: input.reason, expiresAt: input.expiresAt?.toISOString() ?? null, sessionsEnded: ended.length });
    return { id: user.id, banned: true, sessionsEnded: ended.length };
  });
}

export async function unbanUser(admin: UserContext, userId: string, input: { reason: string }) {
  return db.transaction(async (tx) => {
    const user = await target(tx, admin, userId);
    if (!user.banned) throw adminError("not_banned", "This user is not banned.");
    await tx.update(users).set({ banned: false, banReason: null, banExpires: null }).where(eq(users.id, user.id));
    await audit(tx, admin, "admin.user_unbanned", user.id, { reason: input.reason });
    return { id: user.id, banned: false, sessionsEnded: 0 };
  });
}

/** Ends every session the user has: each device has to sign in again. */
export async function signOutEverywhere(admin: UserContext, userId: string, input: { reason: string }) {
  return db.transaction(async (tx) => {
    const user = await target(tx, admin, userId);
    const ended = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
    await audit(tx, admin, "admin.user_signed_out", user.id, { reason: input.reason, sessionsEnded: ended.length });
    return { id: user.id, banned: user.banned, sessionsEnded: ended.length };
  });
}

/** Sends a fresh verification link (Better Auth makes the token: `send` is its API, bound by the route). */
export async function resendVerification(admin: UserContext, userId: string, input: { reason: string }, send: (email: string) => Promise<void>) {
  const user = await db.transaction(async (tx) => {
    const found = await target(tx, admin, userId, { admins: true });
    if (found.emailVerified) throw adminError("already_verified", "This address is already verified.");
    await audit(tx, admin, "admin.verification_resent", found.id, { reason: input.reason });
    return found;
  });
  await send(user.email);
  return { id: user.id, sent: true };
}

/**
 * Grants or revokes the platform-admin role. Only another platform admin may (route() checks the
 * caller; `target` refuses the caller's own account), so no admin can lock everyone out alone and
 * nobody can raise themselves. A granted role counts once the address is verified (session.ts).
 */
export async function setPlatformAdmin(admin: UserContext, userId: string, input: { admin: boolean; reason: string }) {
  return db.transaction(async (tx) => {
    const user = await target(tx, admin, userId, { admins: true });
    if (input.admin && user.banned) throw adminError("user_banned", "Lift the ban before granting platform admin.");
    await tx.update(users).set({ role: input.admin ? "admin" : "user" }).where(eq(users.id, user.id));
    // A revoked admin's open sessions keep no admin rights (the role is read per request), but an
    // impersonation they started must not outlive their role.
    if (!input.admin) await tx.delete(sessions).where(eq(sessions.impersonatedBy, user.id));
    await audit(tx, admin, input.admin ? "admin.platform_admin_granted" : "admin.platform_admin_revoked", user.id, { reason: input.reason });
    return { id: user.id, platformRole: input.admin ? ("admin" as const) : ("user" as const) };
  });
}
