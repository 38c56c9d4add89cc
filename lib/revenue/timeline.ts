import { and, asc, isNull, lte } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { monthlyRecurringAmount } from "@/lib/plans";

/** One row of billing history, as revenue reads it. */
export type Change = { from: string; to: string; plan: string | null; interval: string | null; at: Date; recoveredAfterMs: number | null };

/** Every tenant that existed by `now`, with its billing history up to `now`, oldest first. */
export type Timeline = { tenants: Map<string, Change[]>; now: Date };

/**
 * A tenant's MRR right after `change`: its plan's monthly price while it pays on a subscription
 * (active or past due, never suspended), a yearly price at a twelfth rounded to the cent.
 */
export function mrrAfter(change: Change | undefined): number {
  // One definition of MRR for the whole app (lib/plans/revenue.ts): the admin's tenant list uses it too.
  return change ? monthlyRecurringAmount({ plan: change.plan ?? "", interval: change.interval, billingState: change.to }) : 0;
}

/** The tenant's newest change strictly before `at` (history is sorted oldest first). */
export function changeBefore(history: readonly Change[], at: Date): Change | undefined {
  let found: Change | undefined;
  for (const change of history) {
    if (change.at.getTime() >= at.getTime()) break;
    found = change;
  }
  return found;
}

/** MRR of one tenant as of (just before) `at`. */
export function mrrAt(history: readonly Change[], at: Date): number {
  return mrrAfter(changeBefore(history, at));
}

/**
 * Loads the history revenue is replayed from: every change at or before `now`, and every tenant
 * created by then (one with no history is free). Deleted tenants' rows went with them (cascade).
 */
export async function loadTimeline(now: Date, executor: Executor = db): Promise<Timeline> {
  const existing = await executor.select({ id: tenants.id }).from(tenants).where(and(lte(tenants.createdAt, now), isNull(tenants.deletedAt)));
  const rows = await executor
    .select({ tenantId: billingStateChanges.tenantId, from: billingStateChanges.from, to: billingStateChanges.to, plan: billingStateChanges.plan, interval: billingStateChanges.interval, at: billingStateChanges.at, recoveredAfterMs: billingStateChanges.recoveredAfterMs })
    .from(billingStateChanges)
    .where(lte(billingStateChanges.at, now))
    .orderBy(asc(billingStateChanges.at), asc(billingStateChanges.id));
  const byTenant = new Map<string, Change[]>(existing.map((t) => [t.id, []]));
  for (const { tenantId, ...change } of rows) {
    const history = byTenant.get(tenantId) ?? [];
    history.push(change);
    byTenant.set(tenantId, history);
  }
  return { tenants: byTenant, now };
}
