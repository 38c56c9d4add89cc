import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { recordAudit } from "@/lib/audit";
import { emit } from "@/lib/jobs";
import type { MemberRemovedHook, TenantDeletedHook } from "@/lib/tenants/hooks";
import { forgetKey } from "./cache";

type Revoked = { id: string; keyHash: string; previousKeyHash: string | null; name: string; environment: string; start: string };

async function auditRevocations(tx: Executor, tenantId: string, actorId: string | null, rows: Revoked[], reason: "creator_removed" | "tenant_deleted") {
  for (const row of rows) {
    await recordAudit(tx, { action: "api_key.revoked", tenantId, actorId, targetType: "api_key", targetId: row.id, data: { name: row.name, reason } });
    await emit(tx, "api_key.revoked", { tenantId, id: row.id, name: row.name, environment: row.environment, start: row.start, reason });
  }
}

/** Both secrets of each row: a rotation's replaced one may still be cached. */
function forgetAll(rows: Revoked[]) {
  for (const row of rows) for (const hash of [row.keyHash, row.previousKeyHash]) if (hash) forgetKey(hash);
}

const returned = { id: apiKeys.id, keyHash: apiKeys.keyHash, previousKeyHash: apiKeys.previousKeyHash, name: apiKeys.name, environment: apiKeys.environment, start: apiKeys.start };

/**
 * A key acts with its creator's authority, so it ends with their membership: removing a member
 * (or a member leaving) revokes the keys they created in that tenant, in the same transaction.
 * This process forgets them once the transaction commits; others within the cache TTL, and the
 * lookup refuses a key whose creator is no longer a member even before that.
 */
export const revokeKeysOfRemovedMember: MemberRemovedHook = async (tx, member, afterCommit) => {
  const rows = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.tenantId, member.tenantId), eq(apiKeys.createdBy, member.userId), isNull(apiKeys.revokedAt)))
    .returning(returned);
  await auditRevocations(tx, member.tenantId, member.actorId, rows, "creator_removed");
  afterCommit(() => forgetAll(rows));
};

/** A deleted tenant's keys are all revoked with it. */
export const revokeKeysOfDeletedTenant: TenantDeletedHook = async (tx, tenant, afterCommit) => {
  const rows = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.tenantId, tenant.id), isNull(apiKeys.revokedAt)))
    .returning(returned);
  await auditRevocations(tx, tenant.id, tenant.actorId, rows, "tenant_deleted");
  afterCommit(() => forgetAll(rows));
};
