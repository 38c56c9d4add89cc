import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subscriptions } from "@/db/schema/billing";
import { terminalStatuses, type SubscriptionStatus } from "./events";
import type { Interval, PurchasablePlanId } from "./plans";
import type { ProviderName } from "./providers/types";
import { billingIds } from "./catalog";
import { subscriptionEvent } from "./published-events";
import { emit } from "@/lib/jobs";

export type SubscriptionChange = {
  provider: ProviderName;
  tenantId: string;
  providerSubscriptionId: string;
  status: SubscriptionStatus;
  occurredAt: Date;
  eventId: string;
  /** Present on subscription events; payment events only move the status. */
  product?: { plan: PurchasablePlanId; interval: Interval };
  currentPeriodStart?: Date | null;
  currentPeriodEnd?: Date | null;
  cancelAtPeriodEnd?: boolean;
};

const isTerminal = (status: string) => (terminalStatuses as readonly string[]).includes(status);

/**
 * Whether an event may overwrite what is stored. Newest wins, ordered by (timestamp, event id) so
 * ties are decided the same way every time; and a terminal status (cancelled, expired, failed)
 * absorbs: only a newer terminal event replaces it, nothing revives it. Whatever order events
 * arrive in, the row ends as the newest terminal event if there is one, else the newest event.
 */
export function supersedes(stored: { status: string; lastEventAt: Date; lastEventId: string }, incoming: { status: string; occurredAt: Date; eventId: string }): boolean {
  const newer =
    incoming.occurredAt.getTime() > stored.lastEventAt.getTime() ||
    (incoming.occurredAt.getTime() === stored.lastEventAt.getTime() && incoming.eventId > stored.lastEventId);
  if (isTerminal(stored.status)) return isTerminal(incoming.status) && newer;
  return isTerminal(incoming.status) || newer;
}

/** What an applied change replaced: the status before it (null when the row is new). */
export type AppliedChange = { previousStatus: string | null };

/**
 * Applies a change to the subscription row under a row lock. Returns null when it was stale (or
 * the row cannot be created yet), else what it replaced.
 */
export async function applySubscriptionChange(tx: Executor, change: SubscriptionChange): Promise<AppliedChange | null> {
  const [stored] = await tx
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.provider, change.provider), eq(subscriptions.providerSubscriptionId, change.providerSubscriptionId)))
    .for("update");
  const fields = {
    status: change.status,
    lastEventAt: change.occurredAt,
    lastEventId: change.eventId,
    ...(change.product ? { plan: change.product.plan, interval: change.product.interval } : {}),
    ...(change.currentPeriodStart !== undefined ? { currentPeriodStart: change.currentPeriodStart } : {}),
    ...(change.currentPeriodEnd !== undefined ? { currentPeriodEnd: change.currentPeriodEnd } : {}),
    ...(change.cancelAtPeriodEnd !== undefined ? { cancelAtPeriodEnd: change.cancelAtPeriodEnd } : {}),
  };
  if (!stored) {
    // A payment can arrive before the subscription it belongs to; without a product the row
    // cannot be created yet, and the subscription event that follows will carry everything.
    if (!change.product) return null;
    const [inserted] = await tx
      .insert(subscriptions)
      .values({ id: billingIds.newId("subscription"), tenantId: change.tenantId, provider: change.provider, providerSubscriptionId: change.providerSubscriptionId, plan: change.product.plan, interval: change.product.interval, ...fields })
      .onConflictDoNothing()
      .returning();
    // Lost a race with a concurrent first event for this subscription: retry as an update.
    if (!inserted) return applySubscriptionChange(tx, change);
    await emit(tx, "subscription.updated", subscriptionEvent(inserted, null));
    return { previousStatus: null };
  }
  if (stored.tenantId !== change.tenantId) return null;
  if (!supersedes(stored, change)) return null;
  const [updated] = await tx.update(subscriptions).set(fields).where(eq(subscriptions.id, stored.id)).returning();
  if (updated) await emit(tx, "subscription.updated", subscriptionEvent(updated, stored.status));
  return { previousStatus: stored.status };
}
