import { and, desc, eq, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { auditLogs } from "@/db/schema/audit";
import { newId } from "@/lib/ids";
import { page, type PageParams } from "@/lib/http/pagination";

/**
 * An audited action, `<resource>.<verb>` (e.g. `billing.plan_changed`). Each module lists the
 * actions it records in its manifest (`auditActions`), so the list stays the documentation; a test
 * checks every action recorded in a module's code is in its manifest.
 */
export type AuditAction = `${string}.${string}`;

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
export async function listTenantAudit(ctx: Pick<TenantContext, "tenantId">, params: PageParams) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.tenantId, ctx.tenantId), params.cursor ? lt(auditLogs.id, params.cursor) : undefined))
      .orderBy(desc(auditLogs.id))
      .limit(params.limit + 1),
  );
  return page(rows, params.limit);
}
