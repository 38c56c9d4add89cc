import type { Executor } from "@/db/client";

/** A module's part in creating a tenant (billing starts a trial), run in the creating transaction. */
export type TenantHook = (tx: Executor, tenant: { id: string; ownerId: string }) => Promise<void>;

/**
 * Registers work to run once the transaction has committed (dropping cache entries: done earlier,
 * a concurrent reader could cache the old row again before the commit).
 */
export type AfterCommit = (work: () => void) => void;

/** A module's part in removing a member (api-keys revokes the keys they made), in the same transaction. */
export type MemberRemovedHook = (tx: Executor, member: { tenantId: string; userId: string; actorId: string | null }, afterCommit: AfterCommit) => Promise<void>;

/** A module's part in deleting a tenant (api-keys revokes all its keys), in the same transaction. */
export type TenantDeletedHook = (tx: Executor, tenant: { id: string; actorId: string | null }, afterCommit: AfterCommit) => Promise<void>;

/**
 * Runs `work` with an `afterCommit` to hand to hooks, then the registered work once `work` (a
 * transaction) has resolved. A failed transaction runs none of it.
 */
export async function withAfterCommit<T>(work: (afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const pending: (() => void)[] = [];
  const result = await work((job) => pending.push(job));
  for (const job of pending) job();
  return result;
}
