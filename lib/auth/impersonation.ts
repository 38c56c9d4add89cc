import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { recordAudit } from "@/lib/audit";
import { coreError } from "@/lib/errors";
import { listUserTenants } from "@/lib/tenants/membership";
import { impersonationMaxMinutes } from "./config";

/**
 * Read-only impersonation: a platform admin looks at the app as a user, to see what they see.
 * Better Auth's admin plugin makes the session (`sessions.impersonated_by`); Keel makes it safe:
 * - every unsafe request made with it is refused (`impersonationReadOnly`): route() for the REST
 *   routes, the Better Auth route file for /api/auth, the proxy for server actions;
 * - it ends at most IMPERSONATION_MAX_MINUTES after it began, counted from its creation here, so
 *   neither Better Auth's session refresh nor a client dropping a cookie can stretch it;
 * - it cannot target a platform admin (the admin module's start route and the plugin both refuse).
 */

type SessionLike = { session: { id: string; impersonatedBy?: string | null; createdAt: Date | string } };

/** The admin acting through this session, or null for the user's own session. */
export function impersonatorOf(session: SessionLike): string | null {
  return session.session.impersonatedBy ?? null;
}

/** When an impersonation session must end, whatever its expiresAt says. */
export function impersonationDeadline(createdAt: Date | string): Date {
  return new Date(new Date(createdAt).getTime() + impersonationMaxMinutes * 60_000);
}

/**
 * True when `session` is an impersonation past its deadline; the row is deleted, so the cookie
 * stops working everywhere at once.
 */
export async function endIfExpired(session: SessionLike & { user: { id: string } }, now = new Date()): Promise<boolean> {
  const adminId = impersonatorOf(session);
  if (!adminId || impersonationDeadline(session.session.createdAt) > now) return false;
  await db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.id, session.session.id)).returning({ id: sessions.id });
    // Two requests can notice the same expiry: the one that deleted the row audits it.
    if (ended.length) await recordImpersonation(tx, "ended", { adminId, userId: session.user.id, sessionId: session.session.id, reason: "expired" });
  });
  return true;
}

/**
 * Audits the start or end of an impersonation twice over: once for the platform (no tenant) and
 * once in each tenant the user belongs to, so its owner sees in their audit log that an operator
 * looked, who, when and why.
 */
export async function recordImpersonation(
  executor: Executor,
  what: "started" | "ended",
  entry: { adminId: string; userId: string; sessionId: string; reason: string; ipAddress?: string | null; userAgent?: string | null },
): Promise<void> {
  const tenants = await listUserTenants(entry.userId, executor);
  const base = {
    action: `auth.impersonation_${what}` as const,
    actorId: entry.adminId,
    targetType: "user",
    targetId: entry.userId,
    data: { sessionId: entry.sessionId, reason: entry.reason },
    ipAddress: entry.ipAddress ?? null,
    userAgent: entry.userAgent ?? null,
  };
  for (const tenantId of [null, ...tenants.map((t) => t.id)]) await recordAudit(executor, { ...base, tenantId });
}

export function impersonationReadOnly() {
  return coreError(
    "impersonation_read_only",
    "This is a read-only impersonation session: nothing can be changed while impersonating. End it to act as yourself.",
  );
}

/** Better Auth paths an impersonation session may POST to: leaving it. */
export const impersonationAuthPathsAllowed = new Set(["/api/auth/sign-out"]);

/** The admin behind an impersonation, for `GET /me` and the banner. */
export async function impersonatorProfile(adminId: string): Promise<{ id: string; email: string } | null> {
  const [row] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, adminId));
  return row ?? null;
}

/** Signing out of an impersonation ends it: audited like an end on demand. */
export async function recordSignOutOfImpersonation(session: { user: { id: string }; session: { id: string; impersonatedBy?: string | null } }): Promise<void> {
  const adminId = session.session.impersonatedBy;
  if (adminId) await recordImpersonation(db, "ended", { adminId, userId: session.user.id, sessionId: session.session.id, reason: "signed out" });
}
