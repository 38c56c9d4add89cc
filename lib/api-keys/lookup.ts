import { and, eq, isNull, lt, or } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { tenantPlans } from "@/db/schema/plans";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { defaultPlan, entitlementsFor, isPlanState } from "@/lib/plans";
import { captureException } from "@/lib/observability";
import { onShutdown } from "@/lib/shutdown";
import type { CachedKey } from "./cache";
import { tenantPerMinute } from "./limits";

/**
 * The key with this hash (its current secret, or the one a rotation replaced) and what
 * verification needs about its tenant, in one query. This is the
 * one lookup not scoped by tenant: the key is how we learn the tenant.
 *
 * A key whose creator's account was deleted has `createdBy` null like a system key; deleting a
 * user must revoke their keys (the api-keys manifest's onUserDeleted).
 */
export async function findKeyByHash(keyHash: string): Promise<CachedKey | null> {
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      currentHash: apiKeys.keyHash,
      previousKeyExpiresAt: apiKeys.previousKeyExpiresAt,
      tenantId: apiKeys.tenantId,
      environment: apiKeys.environment,
      scopes: apiKeys.scopes,
      createdBy: apiKeys.createdBy,
      creatorRole: tenantMembers.role,
      tenantDeletedAt: tenants.deletedAt,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      limit: apiKeys.rateLimitLimit,
      windowSeconds: apiKeys.rateLimitWindowSeconds,
      plan: tenantPlans.plan,
      state: tenantPlans.state,
    })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .leftJoin(tenantPlans, eq(tenantPlans.tenantId, apiKeys.tenantId))
    .leftJoin(tenantMembers, and(eq(tenantMembers.tenantId, apiKeys.tenantId), eq(tenantMembers.userId, apiKeys.createdBy)))
    .where(or(eq(apiKeys.keyHash, keyHash), eq(apiKeys.previousKeyHash, keyHash)));
  if (!row) return null;
  const { limits, features } = entitlementsFor({ plan: row.plan ?? defaultPlan, state: row.state && isPlanState(row.state) ? row.state : "free", interval: null, periodStart: null, periodEnd: null });
  return {
    keyId: row.keyId,
    tenantId: row.tenantId,
    environment: row.environment,
    scopes: row.scopes,
    createdBy: row.createdBy,
    creatorRole: row.creatorRole,
    expiresAt: secretEnds(row, keyHash),
    // Revoked outright, or in effect: the tenant is deleted, or the key's creator is no longer a
    // member (the removal revokes it too; this holds even for a row that escaped that).
    revoked: row.revokedAt !== null || row.tenantDeletedAt !== null || (row.createdBy !== null && row.creatorRole === null),
    rateLimit: row.limit && row.windowSeconds ? { limit: row.limit, windowSeconds: row.windowSeconds } : null,
    tenantPerMinute: tenantPerMinute(limits),
    apiAccess: features.includes("api_access"),
  };
}

/**
 * When the secret with `hash` stops working: the key's expiry, and for the secret a rotation
 * replaced also its overlap's end. It is an expiry, compared with the clock on every check, so a
 * cache entry never keeps a replaced secret alive past its overlap.
 */
function secretEnds(row: { currentHash: string; expiresAt: Date | null; previousKeyExpiresAt: Date | null }, hash: string): number | null {
  const keyEnds = row.expiresAt?.getTime() ?? null;
  if (row.currentHash === hash) return keyEnds;
  const overlapEnds = row.previousKeyExpiresAt?.getTime() ?? 0;
  return keyEnds === null ? overlapEnds : Math.min(keyEnds, overlapEnds);
}

/** `lastUsedAt` is written at most once a minute per key (and per process, by this map). */
const touchEveryMs = 60_000;
const globalKey = Symbol.for("keel.api-keys.last-used");
type GlobalWithTouches = typeof globalThis & { [globalKey]?: { at: Map<string, number>; pending: Set<Promise<void>> } };
const store = globalThis as GlobalWithTouches;
const touches = (store[globalKey] ??= { at: new Map(), pending: new Set() });

/**
 * Records that the key was used, off the request path: the write is not awaited and its failure
 * is reported, never thrown. The conditional UPDATE keeps several processes to about one write a
 * minute between them.
 */
export function touchLastUsed(keyId: string, now = Date.now()): void {
  const last = touches.at.get(keyId);
  if (last !== undefined && now - last < touchEveryMs) return;
  touches.at.set(keyId, now);
  const at = new Date(now);
  const write = db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now - touchEveryMs)))))
    .then(
      () => undefined,
      (error: unknown) => captureException(error, { where: "api-keys.touchLastUsed", keyId }),
    )
    .finally(() => touches.pending.delete(write));
  touches.pending.add(write);
  onShutdown("api-keys.last-used", settleLastUsedWrites);
}

/** Waits for in-flight `lastUsedAt` writes (tests, graceful shutdown). */
export async function settleLastUsedWrites(): Promise<void> {
  await Promise.all([...touches.pending]);
}
