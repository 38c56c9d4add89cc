import { and, eq, inArray, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { simulatorSubscriptions } from "@/db/schema/billing";
import { addInterval } from "../periods";
import { plans, productFromId } from "../plans";
import { cardBehavior, tenantNow } from "./clock";
import { deliverSimulatorEvents } from "./deliver";
import { paymentEvent, subscriptionEvent, type SimulatedEvent } from "./payloads";

type SimSub = typeof simulatorSubscriptions.$inferSelect;

export function priceOf(productId: string): { amount: number; interval: "month" | "year" } {
  const product = productFromId(productId);
  if (product?.kind !== "plan") throw new Error(`not a plan product: ${productId}`);
  const price = plans[product.plan].prices?.[product.interval];
  return { amount: price?.amount ?? 0, interval: product.interval };
}

/**
 * Charges a subscription for its next period at `at` with the tenant's test card: success renews
 * it (subscription.renewed/active + payment.succeeded), a decline puts it on hold
 * (payment.failed + subscription.on_hold), as Dodo does.
 */
export async function chargeNow(sub: SimSub, at: Date, kind: "renewal" | "retry"): Promise<SimulatedEvent[]> {
  const { amount, interval } = priceOf(sub.productId);
  if ((await cardBehavior(sub.tenantId)) === "decline") {
    const [held] = await db.update(simulatorSubscriptions).set({ status: "on_hold" }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
    return [paymentEvent(false, { tenantId: sub.tenantId, amount, subscriptionId: sub.id, productId: sub.productId }, at), subscriptionEvent("subscription.on_hold", held!, at)];
  }
  const nextBillingDate = addInterval(kind === "retry" ? at : sub.nextBillingDate, interval);
  const [renewed] = await db.update(simulatorSubscriptions).set({ status: "active", nextBillingDate }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
  return [subscriptionEvent(kind === "retry" ? "subscription.active" : "subscription.renewed", renewed!, at), paymentEvent(true, { tenantId: sub.tenantId, amount, subscriptionId: sub.id, productId: sub.productId }, at)];
}

/**
 * Moves the tenant's simulated subscriptions up to its clock: each billing date that has passed
 * renews (or fails and stops, on hold), and a subscription set to cancel at the period end ends.
 */
export async function runSimulatorRenewals(tenantId: string): Promise<number> {
  const now = await tenantNow(tenantId);
  let delivered = 0;
  for (;;) {
    const [due] = await db
      .select()
      .from(simulatorSubscriptions)
      .where(and(eq(simulatorSubscriptions.tenantId, tenantId), eq(simulatorSubscriptions.status, "active"), lte(simulatorSubscriptions.nextBillingDate, now)))
      .limit(1);
    if (!due) return delivered;
    let events: SimulatedEvent[];
    if (due.cancelAtNextBillingDate) {
      const [ended] = await db.update(simulatorSubscriptions).set({ status: "cancelled" }).where(eq(simulatorSubscriptions.id, due.id)).returning();
      events = [subscriptionEvent("subscription.cancelled", ended!, due.nextBillingDate)];
    } else {
      events = await chargeNow(due, due.nextBillingDate, "renewal");
    }
    await deliverSimulatorEvents(events);
    delivered += events.length;
  }
}

/** After the card is fixed: retries every subscription on hold, as Dodo does on a new card. */
export async function retryHeldSubscriptions(tenantId: string): Promise<void> {
  const held = await db.select().from(simulatorSubscriptions).where(and(eq(simulatorSubscriptions.tenantId, tenantId), inArray(simulatorSubscriptions.status, ["on_hold"])));
  const now = await tenantNow(tenantId);
  for (const sub of held) await deliverSimulatorEvents(await chargeNow(sub, now, "retry"));
}
