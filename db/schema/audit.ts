import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * Append-only record of security-relevant actions. No foreign keys: entries outlive the users and
 * tenants they mention (a deleted tenant's deletion is itself audited).
 */
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: text().primaryKey(),
    tenantId: text(),
    actorId: text(),
    /** e.g. `auth.sign_in`, `member.role_changed`, `tenant.deleted`. */
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ipAddress: text(),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_logs_tenant_idx").on(t.tenantId, t.id), index("audit_logs_actor_idx").on(t.actorId)],
);
