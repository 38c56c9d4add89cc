import { impersonatorProfile } from "@/lib/auth/impersonation";
import { and, desc, eq, gt, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { recordAudit } from "@/lib/audit";
import { suppressionNotice } from "@/lib/email";
import { errors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { UserContext } from "@/lib/tenants/context";
import { findMembership, listUserTenants } from "@/lib/tenants/membership";

/**
 * `GET /me`: `{ user, tenants, activeTenantId, emailSuppressed }`. `emailSuppressed` is set while
 * mail to the account's address is stopped (a hard bounce or a complaint); changing the address
 * clears it, since it is looked up by the current address.
 */
export async function getMe(user: UserContext) {
  const [tenants, emailSuppressed, impersonatedBy] = await Promise.all([
    listUserTenants(user.userId),
    suppressionNotice(user.email),
    user.impersonatorId ? impersonatorProfile(user.impersonatorId) : null,
  ]);
  const active = tenants.find((t) => t.id === user.activeTenantId) ?? tenants[0];
  return {
    // `impersonatedBy` is on the user and at the top: whoever reads either finds it.
    user: { id: user.userId, email: user.email, name: user.name, platformRole: user.platformRole, locale: user.locale ?? null, impersonatedBy },
    tenants,
    activeTenantId: active?.id ?? null,
    emailSuppressed,
    impersonatedBy,
  };
}

export async function updateMe(
  user: UserContext,
  input: { name?: string; image?: string | null; activeTenantId?: string; locale?: Locale | null },
) {
  if (input.activeTenantId !== undefined) await setActiveTenant(user, input.activeTenantId);
  const changes = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.image !== undefined ? { image: input.image } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(changes).length > 0) await db.update(users).set(changes).where(eq(users.id, user.userId));
  const [fresh] = await db.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, user.userId));
  return getMe({ ...user, name: fresh?.name ?? user.name, locale: fresh?.locale ?? null, activeTenantId: input.activeTenantId ?? user.activeTenantId });
}

/** Points the caller's current session at a tenant they belong to (404 otherwise). */
export async function setActiveTenant(user: UserContext, tenantId: string) {
  if (!(await findMembership(user.userId, tenantId))) throw errors.notFound("Tenant");
  if (!user.sessionId) return;
  await db.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.id, user.sessionId));
}

export async function listSessions(user: UserContext) {
  const rows = await db
    .select({
      id: sessions.id,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      updatedAt: sessions.updatedAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, user.userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.updatedAt));
  return rows.map((row) => ({ ...row, current: row.id === user.sessionId }));
}

/** Ends one of the caller's sessions (their current one included). Another user's id is a 404. */
export async function revokeSession(user: UserContext, sessionId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, user.userId)))
      .returning({ id: sessions.id });
    if (!row) throw errors.notFound("Session");
    await recordAudit(tx, {
      action: "auth.session_revoked",
      actorId: user.userId,
      targetType: "session",
      targetId: row.id,
      ipAddress: user.ipAddress,
      userAgent: user.userAgent,
    });
  });
}

/** Signs the caller out everywhere else; returns how many sessions ended. */
export async function revokeOtherSessions(user: UserContext): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.userId), user.sessionId ? ne(sessions.id, user.sessionId) : undefined))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      action: "auth.sessions_revoked_all",
      actorId: user.userId,
      data: { count: rows.length },
      ipAddress: user.ipAddress,
      userAgent: user.userAgent,
    });
    return rows.length;
  });
}
