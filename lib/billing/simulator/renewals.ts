import { and, eq, inArray, lte } from "drizzle-orm";
import { billingEnv } from "@/lib/billing/env";
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

const day = 86_400_000;

/**
 * Where the past-due window of a failed charge ends. The simulator's window is Keel's grace
 * period, so both move on together; the failed charge's date is the unchanged next billing date.
 */
export function pastDueEndsAt(sub: Pick<SimSub, "nextBillingDate">): Date {
  return new Date(sub.nextBillingDate.getTime() + billingEnv.BILLING_GRACE_DAYS * day);
}

/**
 * Charges a subscription for its next period at `at` with the tenant's test card: success renews
 * it (subscription.renewed/active + payment.succeeded); a declined renewal opens a past-due window
 * (payment.failed + subscription.past_due with `past_due_ends_at`), as Dodo 2.52 does. A declined
 * retry leaves the status as it was: the window (or the hold after it) goes on.
 */
export async function chargeNow(sub: SimSub, at: Date, kind: "renewal" | "retry"): Promise<SimulatedEvent[]> {
  const { amount, interval } = priceOf(sub.productId);
  if ((await cardBehavior(sub.tenantId)) === "decline") {
    const failed = paymentEvent(false, { tenantId: sub.tenantId, amount, subscriptionId: sub.id, productId: sub.productId }, at);
    if (kind === "retry") return [failed];
    const [due] = await db.update(simulatorSubscriptions).set({ status: "past_due" }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
    return [failed, subscriptionEvent("subscription.past_due", due!, at, { pastDueEndsAt: pastDueEndsAt(due!) })];
  }
  const previousBillingDate = kind === "retry" ? at : sub.nextBillingDate;
  const nextBillingDate = addInterval(previousBillingDate, interval);
  const [renewed] = await db.update(simulatorSubscriptions).set({ status: "active", previousBillingDate, nextBillingDate }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
  return [subscriptionEvent(kind === "retry" ? "subscription.active" : "subscription.renewed", renewed!, at), paymentEvent(true, { tenantId: sub.tenantId, amount, subscriptionId: sub.id, productId: sub.productId }, at)];
}

/**
 * Moves the tenant's simulated subscriptions up to its clock: each billing date that has passed
 * renews (or fails into a past-due window, which ends on hold), and a subscription set to cancel
 * at the period end ends.
 */
export async function runSimulatorRenewals(tenantId: string): Promise<number> {
  const now = await tenantNow(tenantId);
  let delivered = 0;
  for (;;) {
    const pastDue = await db.select().from(simulatorSubscriptions).where(and(eq(simulatorSubscriptions.tenantId, tenantId), eq(simulatorSubscriptions.status, "past_due")));
    const windowOver = pastDue.find((sub) => pastDueEndsAt(sub) <= now);
    if (windowOver) {
      const [held] = await db.update(simulatorSubscriptions).set({ status: "on_hold" }).where(eq(simulatorSubscriptions.id, windowOver.id)).returning();
      await deliverSimulatorEvents([subscriptionEvent("subscription.on_hold", held!, pastDueEndsAt(windowOver))]);
      delivered += 1;
      continue;
    }
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

/** After the card is fixed: retries every subscription past due or on hold, as Dodo does on a new card. */
export async function retryHeldSubscriptions(tenantId: string): Promise<void> {
  const held = await db.select().from(simulatorSubscriptions).where(and(eq(simulatorSubscriptions.tenantId, tenantId), inArray(simulatorSubscriptions.status, ["past_due", "on_hold"])));
  const now = await tenantNow(tenantId);
  for (const sub of held) await deliverSimulatorEvents(await chargeNow(sub, now, "retry"));
}
