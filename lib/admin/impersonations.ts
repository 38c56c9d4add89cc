import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { impersonationDeadline, recordImpersonation } from "@/lib/auth/impersonation";
import { errors } from "@/lib/errors";
import type { UserContext } from "@/lib/tenants/context";
import { adminError } from "./errors";

/** Better Auth's admin plugin, bound by the route to the request's headers: makes the session, swaps the cookies. */
export type ImpersonateWithPlugin = (userId: string) => Promise<{ session: { id: string; expiresAt: Date | string }; headers: Headers }>;

/**
 * Starts a read-only impersonation of `userId` with a reason. Refuses a platform admin, oneself
 * included (403 `forbidden`), before the plugin makes anything. The session ends at the earlier
 * of its expiry and IMPERSONATION_MAX_MINUTES after it began (lib/auth/impersonation.ts).
 */
export async function startImpersonation(admin: UserContext, input: { userId: string; reason: string }, impersonate: ImpersonateWithPlugin) {
  const [target] = await db.select({ id: users.id, role: users.role, banned: users.banned }).from(users).where(eq(users.id, input.userId));
  if (!target) throw errors.notFound("User");
  if (target.role === "admin" || target.id === admin.userId) throw errors.forbidden("Platform admins cannot be impersonated.");
  if (target.banned) throw adminError("user_banned", "This user is banned: there is no session to look through.");
  const { session, headers } = await impersonate(target.id);
  try {
    await recordImpersonation(db, "started", { adminId: admin.userId, userId: target.id, sessionId: session.id, reason: input.reason, ipAddress: admin.ipAddress, userAgent: admin.userAgent });
  } catch (error) {
    // The plugin made the session outside this transaction: an impersonation nobody can see in
    // the audit log must not exist.
    await db.delete(sessions).where(eq(sessions.id, session.id));
    throw error;
  }
  const [row] = await db.select({ createdAt: sessions.createdAt }).from(sessions).where(eq(sessions.id, session.id));
  const deadline = impersonationDeadline(row?.createdAt ?? new Date());
  const expiresAt = new Date(Math.min(new Date(session.expiresAt).getTime(), deadline.getTime()));
  return { body: { id: session.id, userId: target.id, expiresAt }, headers };
}

/** Better Auth's stop: deletes the impersonation session and restores the admin's own cookie. */
export type StopWithPlugin = () => Promise<Headers>;

/** Ends the caller's impersonation (called with the impersonation session's own cookies). */
export async function endImpersonation(user: UserContext, stop: StopWithPlugin): Promise<Headers> {
  if (!user.impersonatorId || !user.sessionId) throw adminError("not_impersonating", "This session is not an impersonation.");
  await recordImpersonation(db, "ended", { adminId: user.impersonatorId, userId: user.userId, sessionId: user.sessionId, reason: "ended by the admin", ipAddress: user.ipAddress, userAgent: user.userAgent });
  try {
    return await stop();
  } catch {
    // The admin's own session is gone (signed out elsewhere, expired): end the impersonation anyway.
    await db.delete(sessions).where(eq(sessions.id, user.sessionId));
    return new Headers();
  }
}
