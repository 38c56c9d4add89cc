import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkouts, subscriptions } from "@/db/schema/billing";
import { recordAudit } from "@/lib/audit";

/**
 * `subscription.failed` means the mandate could not be set up: the checkout did not complete and
 * no subscription ever ran. It must not end what the tenant has (a trial goes on). What it leaves
 * is a record: the checkout marked `declined` when the event names it (the billing page watches
 * that status), and an audit row. Called once per subscription, when it first turns failed.
 */
export async function recordFailedCheckout(
  tx: Executor,
  input: { tenantId: string; providerSubscriptionId: string; checkoutId: string | null; plan: string; interval: string; eventId: string; at: Date },
): Promise<void> {
  if (input.checkoutId) {
    await tx
      .update(checkouts)
      .set({ status: "declined" })
      .where(and(eq(checkouts.id, input.checkoutId), eq(checkouts.tenantId, input.tenantId), eq(checkouts.status, "open")));
  }
  await recordAudit(tx, {
    action: "billing.checkout_failed",
    tenantId: input.tenantId,
    actorId: null,
    targetType: "subscription",
    targetId: input.providerSubscriptionId,
    data: { plan: input.plan, interval: input.interval, checkoutId: input.checkoutId, eventId: input.eventId, at: input.at.toISOString() },
  });
}

export type CheckoutFailure = { at: Date; plan: string; interval: string };

/**
 * The tenant's last subscription checkout that failed, while nothing newer replaced it: the
 * newest subscription Keel knows of is a failed one. Null once a later checkout went through.
 */
export async function lastCheckoutFailure(executor: Executor, tenantId: string): Promise<CheckoutFailure | null> {
  const [newest] = await executor
    .select({ status: subscriptions.status, at: subscriptions.lastEventAt, plan: subscriptions.plan, interval: subscriptions.interval })
    .from(subscriptions)
    .where(eq(subscriptions.tenantId, tenantId))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id))
    .limit(1);
  return newest?.status === "failed" ? { at: newest.at, plan: newest.plan, interval: newest.interval } : null;
}
