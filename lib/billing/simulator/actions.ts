import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checkouts, simulatorSubscriptions } from "@/db/schema/billing";
import { errors } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenants/context";
import { creditPacks, productId, type CreditPackId } from "../plans";
import { runBillingClock } from "../time";
import { tenantNow, updateSimulatorSettings } from "./clock";
import { deliverSimulatorEvents } from "./deliver";
import { customerIdFor, paymentEvent, simulatorId, subscriptionEvent, type SimulatedEvent } from "./payloads";
import { addInterval } from "../periods";
import { priceOf, retryHeldSubscriptions, runSimulatorRenewals } from "./renewals";

/**
 * The buttons of the simulator's hosted checkout page. Succeed: a subscription starts (or credits
 * are paid for) and the webhooks follow; decline: payment.failed (and, for a plan, the
 * subscription.failed Dodo sends when the mandate cannot be set up).
 */
export async function completeSimulatorCheckout(ctx: TenantContext, input: { checkoutId: string; outcome: "succeed" | "decline" }) {
  const [checkout] = await db
    .update(checkouts)
    .set({ status: input.outcome === "succeed" ? "completed" : "declined" })
    .where(and(eq(checkouts.id, input.checkoutId), eq(checkouts.tenantId, ctx.tenantId), eq(checkouts.provider, "simulator"), eq(checkouts.status, "open")))
    .returning();
  if (!checkout) {
    const [existing] = await db.select({ status: checkouts.status }).from(checkouts).where(and(eq(checkouts.id, input.checkoutId), eq(checkouts.tenantId, ctx.tenantId)));
    throw existing ? errors.conflict(`This checkout is already ${existing.status}.`) : errors.notFound("Checkout");
  }
  const now = await tenantNow(ctx.tenantId);
  const events: SimulatedEvent[] = [];
  if (checkout.kind === "credits") {
    const pack = checkout.pack as CreditPackId;
    events.push(paymentEvent(input.outcome === "succeed", { tenantId: ctx.tenantId, amount: creditPacks[pack].price.amount, productId: productId("simulator", { kind: "credits", pack }) ?? "" }, now));
  } else {
    const product = productId("simulator", { kind: "plan", plan: checkout.plan as "starter" | "pro", interval: checkout.interval as "month" | "year" }) ?? "";
    const { amount, interval } = priceOf(product);
    const succeeded = input.outcome === "succeed";
    // A declined card fails the mandate: Dodo records the subscription as `failed` and says so.
    const [sub] = await db
      .insert(simulatorSubscriptions)
      .values({ id: simulatorId("sim_sub"), tenantId: ctx.tenantId, customerId: customerIdFor(ctx.tenantId), productId: product, status: succeeded ? "active" : "failed", previousBillingDate: now, nextBillingDate: succeeded ? addInterval(now, interval) : now })
      .returning();
    // Dodo copies the checkout's metadata onto the subscription and its first charge.
    const metadata = { checkout_id: checkout.id, kind: "subscription", plan: checkout.plan ?? "", interval: checkout.interval ?? "" };
    const charge = paymentEvent(succeeded, { tenantId: ctx.tenantId, amount, subscriptionId: sub!.id, productId: product, metadata }, now);
    const status = subscriptionEvent(succeeded ? "subscription.active" : "subscription.failed", sub!, now, { metadata });
    // Dodo promises no order, and both carry the same time: the charge goes first, the harder
    // order, so the offline path proves the first period's credits survive it.
    events.push(charge, status);
  }
  await deliverSimulatorEvents(events);
  return { checkoutId: checkout.id, status: checkout.status };
}

/** Sets the tenant's test card; switching to a good card retries payments on hold. */
export async function setSimulatorCard(ctx: TenantContext, behavior: "succeed" | "decline") {
  await updateSimulatorSettings(ctx.tenantId, { cardBehavior: behavior });
  if (behavior === "succeed") await retryHeldSubscriptions(ctx.tenantId);
  return { behavior };
}

/** Moves the tenant's test clock forward and lets everything due by then happen. */
export async function advanceSimulatorClock(ctx: TenantContext, advanceDays: number) {
  await updateSimulatorSettings(ctx.tenantId, { advanceMs: Math.round(advanceDays * 86_400_000) });
  await runSimulatorRenewals(ctx.tenantId);
  await runBillingClock(ctx.tenantId);
  return { now: (await tenantNow(ctx.tenantId)).toISOString() };
}
