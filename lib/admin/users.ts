import { and, desc, eq, ilike, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { auditLogs } from "@/db/schema/audit";
import { jobs } from "@/db/schema/jobs";
import { tenantMembers } from "@/db/schema/tenants";
import { page } from "@/lib/http/pagination";
import { listUserTenants } from "@/lib/tenants/membership";

/** `%`, `_` and `\` match literally in a search box. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The newest sign-in the audit log holds: sessions are deleted on sign-out, audit rows stay. */
const lastSignInAt = sql<Date | null>`(select max(${auditLogs.createdAt}) from ${auditLogs} where ${auditLogs.action} = 'auth.sign_in' and ${auditLogs.actorId} = ${users.id})`;

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  createdAt: users.createdAt,
  lastSignInAt,
  emailVerified: users.emailVerified,
  twoFactorEnabled: users.twoFactorEnabled,
  tenantsCount: sql<number>`(select count(*)::int from ${tenantMembers} where ${tenantMembers.userId} = ${users.id})`,
  platformRole: sql<"admin" | "user">`case when ${users.role} = 'admin' and ${users.emailVerified} then 'admin' else 'user' end`,
  banned: users.banned,
  banReason: users.banReason,
};

/** Users whose email or name contains `query`, newest first, a page at a time. */
export async function searchUsers(params: { query?: string; cursor?: string; limit: number }) {
  const pattern = params.query ? likePattern(params.query) : null;
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(and(pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined, params.cursor ? lt(users.id, params.cursor) : undefined))
    .orderBy(desc(users.id))
    .limit(params.limit + 1);
  return page(rows.map(normalizeDates), params.limit);
}

/** One user with what support looks at: sessions, tenants, their audit trail and the mail sent to them. */
export async function userDetail(userId: string) {
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [userSessions, tenants, audit, emails] = await Promise.all([
    db
      .select({ id: sessions.id, ipAddress: sessions.ipAddress, userAgent: sessions.userAgent, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, impersonatedBy: sessions.impersonatedBy, secondFactorAt: sessions.secondFactorAt })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), sql`${sessions.expiresAt} > now()`))
      .orderBy(desc(sessions.createdAt)),
    listUserTenants(userId),
    db
      .select({ id: auditLogs.id, action: auditLogs.action, tenantId: auditLogs.tenantId, actorId: auditLogs.actorId, targetType: auditLogs.targetType, targetId: auditLogs.targetId, data: auditLogs.data, createdAt: auditLogs.createdAt })
      .from(auditLogs)
      .where(or(eq(auditLogs.actorId, userId), and(eq(auditLogs.targetType, "user"), eq(auditLogs.targetId, userId))))
      .orderBy(desc(auditLogs.id))
      .limit(50),
    emailsSent({ to: user.email, limit: 25 }),
  ]);
  return { user: normalizeDates(user), sessions: userSessions, tenants, audit, emails: emails.data };
}

/** Mail the app queued (the `email.send` jobs): recipient, template, subject and delivery status. */
export async function emailsSent(params: { to?: string; status?: string; cursor?: string; limit: number }) {
  const rows = await db
    .select({
      id: jobs.id,
      to: sql<string>`${jobs.payload}->>'to'`,
      template: sql<string>`${jobs.payload}->>'template'`,
      subject: sql<string>`${jobs.payload}->>'subject'`,
      status: jobs.status,
      attempts: jobs.attempts,
      lastError: jobs.lastError,
      createdAt: jobs.createdAt,
    })
    .from(jobs)
    .where(
      and(
        eq(jobs.name, "email.send"),
        params.to ? sql`lower(${jobs.payload}->>'to') = ${params.to.toLowerCase()}` : undefined,
        params.status ? eq(jobs.status, params.status) : undefined,
        params.cursor ? lt(jobs.id, params.cursor) : undefined,
      ),
    )
    .orderBy(desc(jobs.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

/** A subquery's max() comes back as text from some drivers: one Date type for every caller. */
function normalizeDates<T extends { lastSignInAt: Date | string | null }>(row: T): T & { lastSignInAt: Date | null } {
  return { ...row, lastSignInAt: row.lastSignInAt ? new Date(row.lastSignInAt) : null };
}
