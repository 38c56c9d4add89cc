import type { Executor } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import type { TenantContext } from "@/lib/tenants/context";

/** What lists and writes answer: never a key, never a hash. */
export const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  environment: apiKeys.environment,
  start: apiKeys.start,
  scopes: apiKeys.scopes,
  expiresAt: apiKeys.expiresAt,
  rateLimitLimit: apiKeys.rateLimitLimit,
  rateLimitWindowSeconds: apiKeys.rateLimitWindowSeconds,
  createdBy: apiKeys.createdBy,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  previousKeyStart: apiKeys.previousKeyStart,
  previousKeyExpiresAt: apiKeys.previousKeyExpiresAt,
  createdAt: apiKeys.createdAt,
};

type Row = {
  rateLimitLimit: number | null;
  rateLimitWindowSeconds: number | null;
  previousKeyStart: string | null;
  previousKeyExpiresAt: Date | null;
};

/** A row as the API answers it: `rateLimit` folded, and the replaced secret only while it still works. */
export function present<T extends Row>({ rateLimitLimit, rateLimitWindowSeconds, previousKeyStart, previousKeyExpiresAt, ...row }: T, now = Date.now()) {
  return {
    ...row,
    rateLimit: rateLimitLimit && rateLimitWindowSeconds ? { limit: rateLimitLimit, windowSeconds: rateLimitWindowSeconds } : null,
    previousKey: previousKeyStart && previousKeyExpiresAt && previousKeyExpiresAt.getTime() > now ? { start: previousKeyStart, expiresAt: previousKeyExpiresAt } : null,
  };
}

export type ApiKeyAuditAction = `api_key.${"created" | "updated" | "rotated" | "revoked"}`;

export function audit(executor: Executor, ctx: TenantContext, action: ApiKeyAuditAction, entry: Omit<AuditEntry, "action">) {
  return recordAudit(executor, { action, tenantId: ctx.tenantId, actorId: ctx.userId, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent, ...entry });
}
