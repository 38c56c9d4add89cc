import { and, desc, eq, lt } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { auditLogs } from "@/db/schema";
import { newId } from "@/lib/ids";
import { page, type PageParams } from "@/lib/http/pagination";

/** The audited actions. Add one here before recording it, so the list stays the documentation. */
export type AuditAction =
  | "auth.sign_up"
  | "auth.sign_in"
  | "auth.session_revoked"
  | "auth.sessions_revoked_all"
  | "tenant.created"
  | "tenant.updated"
  | "tenant.deleted"
  | "tenant.ownership_transferred"
  | "member.role_changed"
  | "member.removed"
  | "member.left"
  | "invitation.created"
  | "invitation.resent"
  | "invitation.canceled"
  | "invitation.accepted"
  | "invitation.declined"
  | "credits.adjusted"
  | "billing.plan_changed"
  | "billing.canceled"
  | "billing.resumed"
  | "api_key.created"
  | "api_key.updated"
  | "api_key.revoked";

export type AuditEntry = {
  action: AuditAction;
  tenantId?: string | null;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/** Records an entry in the caller's transaction, so it commits with the change it describes. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLogs).values({
    id: newId("audit"),
    action: entry.action,
    tenantId: entry.tenantId ?? null,
    actorId: entry.actorId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    data: entry.data ?? {},
    ipAddress: entry.ipAddress ?? null,
    userAgent: entry.userAgent ?? null,
  });
}

/** A tenant's audit log, newest first. */
export async function listTenantAudit(tenantId: string, params: PageParams) {
  const rows = await db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.tenantId, tenantId), params.cursor ? lt(auditLogs.id, params.cursor) : undefined))
    .orderBy(desc(auditLogs.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}
