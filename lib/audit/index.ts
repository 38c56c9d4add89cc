import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { auditLogs } from "@/db/schema/audit";
import { users } from "@/db/schema/auth";
import { newId } from "@/lib/ids";
import { page } from "@/lib/http/pagination";
import type { AuditQuery } from "./schemas";

export { auditQuery, type AuditQuery } from "./schemas";

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

/** A tenant's audit log, newest first, narrowed by the optional filters, with each actor's name. */
export async function listTenantAudit(ctx: Pick<TenantContext, "tenantId">, params: Pick<AuditQuery, "cursor" | "limit"> & Partial<AuditQuery>) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({ entry: auditLogs, actorName: users.name })
      .from(auditLogs)
      .leftJoin(users, eq(users.id, auditLogs.actorId))
      .where(and(eq(auditLogs.tenantId, ctx.tenantId), ...filters(params), params.cursor ? lt(auditLogs.id, params.cursor) : undefined))
      .orderBy(desc(auditLogs.id))
      .limit(params.limit + 1),
  );
  return page(
    rows.map(({ entry, actorName }) => ({ ...entry, actorName })),
    params.limit,
  );
}

function filters(params: Partial<AuditQuery>): (SQL | undefined)[] {
  // An actor is named by id or by email; emails are matched as Better Auth stores them (lower case).
  const actor = params.actor ? (params.actor.includes("@") ? eq(users.email, params.actor.toLowerCase()) : eq(auditLogs.actorId, params.actor)) : undefined;
  return [
    params.action ? eq(auditLogs.action, params.action) : undefined,
    actor,
    params.from ? gte(auditLogs.createdAt, params.from) : undefined,
    params.before ? lt(auditLogs.createdAt, params.before) : undefined,
  ];
}
