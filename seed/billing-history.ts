import { db } from "@/db/client";
import { simulatorSubscriptions } from "@/db/schema/billing";
import { readBillingAccount } from "@/lib/billing/account";
import { addInterval } from "@/lib/billing/periods";
import { creditPacks, productId, type Interval, type PurchasablePlanId } from "@/lib/billing/plans";
import { deliverSimulatorEvents } from "@/lib/billing/simulator/deliver";
import { customerIdFor, paymentEvent, subscriptionEvent, type SimulatedEvent } from "@/lib/billing/simulator/payloads";
import { priceOf } from "@/lib/billing/simulator/renewals";
import { transitionBillingState } from "@/lib/billing/state";
import { startTrial } from "@/lib/billing/trial";
import type { DemoTenant } from "@/lib/manifest/define";
import { createTenant, createUser } from "./factories";

/**
 * A year of paid history for the revenue charts: customers who subscribe, upgrade, downgrade,
 * churn and come back, made as production makes it (simulator events through the signed-webhook
 * inbox, which writes subscriptions, invoices and the state history consistently). Dates are
 * relative to now; message and payment ids derive from the tenant's slug, so a second seed run is
 * a redelivery the inbox ignores.
 */
const day = 86_400_000;

type Plan = { plan: PurchasablePlanId; interval: Interval };
/**
 * Days ago, and what happens then. Renewals in between are paid and added by `timeline`, except the
 * first one after a `recoverAfterDays` step: declined, the subscription past due, then paid that
 * many days later (a dunning episode that recovered).
 */
type Step = [daysAgo: number, step: { start: Plan } | { change: Plan } | { cancel: true } | { recoverAfterDays: number }];

type Sub = { id: string; tenantId: string; customerId: string; productId: string; status: string; nextBillingDate: Date; cancelAtNextBillingDate: boolean };

/** The events of one tenant's steps, with every renewal due before the next step (or now) paid. */
function timeline(tenant: { id: string; slug: string }, steps: readonly Step[], now: number): { events: SimulatedEvent[]; subs: Sub[] } {
  const events: SimulatedEvent[] = [];
  const subs: Sub[] = [];
  let sub: Sub | null = null;
  let n = 0;
  const next = (event: SimulatedEvent) => events.push({ ...event, messageId: `msg_seed_${tenant.slug}_h${(n += 1)}` });
  const charge = (s: Sub, at: Date) => next(paymentEvent(true, { tenantId: tenant.id, amount: priceOf(s.productId).amount, subscriptionId: s.id, productId: s.productId, paymentId: `sim_pay_seed_${tenant.slug}_h${n + 1}` }, at));
  let declineNext: number | null = null;
  const renewUntil = (until: number) => {
    while (sub && sub.status === "active" && sub.nextBillingDate.getTime() <= until) {
      const at = sub.nextBillingDate;
      if (declineNext !== null) {
        const recoveredAt = new Date(at.getTime() + declineNext * day);
        declineNext = null;
        sub.status = "past_due";
        next(paymentEvent(false, { tenantId: tenant.id, amount: priceOf(sub.productId).amount, subscriptionId: sub.id, productId: sub.productId, paymentId: `sim_pay_seed_${tenant.slug}_h${n + 1}` }, at));
        next(subscriptionEvent("subscription.past_due", sub, at, { pastDueEndsAt: new Date(at.getTime() + 7 * day) }));
        sub.status = "active";
        sub.nextBillingDate = addInterval(at, priceOf(sub.productId).interval);
        charge(sub, recoveredAt);
        next(subscriptionEvent("subscription.active", sub, recoveredAt));
        continue;
      }
      sub.nextBillingDate = addInterval(at, priceOf(sub.productId).interval);
      charge(sub, at);
      next(subscriptionEvent("subscription.renewed", sub, at));
    }
  };
  steps.forEach(([daysAgo, step]) => {
    const at = new Date(now - daysAgo * day);
    renewUntil(at.getTime());
    if ("start" in step) {
      const product = productId("simulator", { kind: "plan", ...step.start }) ?? "";
      sub = { id: `sim_sub_seed_${tenant.slug}_${subs.length}`, tenantId: tenant.id, customerId: customerIdFor(tenant.id), productId: product, status: "active", nextBillingDate: addInterval(at, step.start.interval), cancelAtNextBillingDate: false };
      subs.push(sub);
      next(subscriptionEvent("subscription.active", sub, at));
      charge(sub, at);
    } else if (sub && "change" in step) {
      // No proration: the new price applies from the next charge (and MRR counts it from now).
      sub.productId = productId("simulator", { kind: "plan", ...step.change }) ?? "";
      next(subscriptionEvent("subscription.plan_changed", sub, at));
    } else if ("recoverAfterDays" in step) {
      declineNext = step.recoverAfterDays;
    } else if (sub) {
      sub.status = "cancelled";
      next(subscriptionEvent("subscription.cancelled", sub, at));
      sub = null;
    }
  });
  renewUntil(now);
  return { events, subs };
}

/** The customers of the past year (each with one owner), by slug: name and steps. */
const customers: Record<string, { name: string; trial?: { daysAgo: number; converts: boolean }; steps: Step[] }> = {
  stark: { name: "Stark (upgraded to Pro)", steps: [[330, { start: { plan: "starter", interval: "month" } }], [200, { change: { plan: "pro", interval: "month" } }]] },
  // Paying since before the window: the base of logo churn and net revenue retention.
  wayne: { name: "Wayne (Pro yearly)", steps: [[420, { start: { plan: "pro", interval: "year" } }]] },
  tyrell: { name: "Tyrell (downgraded to Starter, recovered a failed payment)", steps: [[400, { start: { plan: "pro", interval: "month" } }], [120, { change: { plan: "starter", interval: "month" } }], [100, { recoverAfterDays: 4 }]] },
  cyberdyne: { name: "Cyberdyne (churned)", steps: [[380, { start: { plan: "starter", interval: "month" } }], [150, { cancel: true }]] },
  wonka: { name: "Wonka (came back)", steps: [[390, { start: { plan: "pro", interval: "month" } }], [230, { cancel: true }], [90, { start: { plan: "starter", interval: "month" } }]] },
  oscorp: { name: "Oscorp (trial, then yearly Starter)", trial: { daysAgo: 59, converts: true }, steps: [[45, { start: { plan: "starter", interval: "year" } }]] },
  aperture: { name: "Aperture (upgraded mid-period, then yearly)", steps: [[180, { start: { plan: "starter", interval: "month" } }], [165, { change: { plan: "pro", interval: "month" } }], [40, { change: { plan: "pro", interval: "year" } }]] },
  massive: { name: "Massive Dynamic (trial lapsed)", trial: { daysAgo: 120, converts: false }, steps: [] },
};

/**
 * A trial started `daysAgo`; one that does not convert falls back to free at its end, as
 * `billing.trials` does. Claimed for the owner as a sign-up claims it, so a second seed run finds
 * the claim and starts no second trial.
 */
async function seedTrial(tenantId: string, ownerId: string, trial: { daysAgo: number; converts: boolean }, now: number) {
  const startedAt = new Date(now - trial.daysAgo * day);
  await db.transaction(async (tx) => {
    if ((await readBillingAccount(tx, tenantId, { lock: true })).state !== "free") return;
    await startTrial(tx, tenantId, startedAt, ownerId);
    const { trialEndsAt, state } = await readBillingAccount(tx, tenantId);
    if (state !== "trialing") return;
    if (!trial.converts && trialEndsAt && trialEndsAt.getTime() <= now) {
      await transitionBillingState(tx, { tenantId, to: "free", reason: "trial ended unpaid", at: trialEndsAt, fields: { plan: "free", trialEndsAt: null } });
    }
  });
}

/** A credit pack bought and refunded in full five days later (the revenue page's refunds). */
async function seedRefundedPack(tenant: { id: string; slug: string }, daysAgo: number, now: number) {
  const boughtAt = new Date(now - daysAgo * day);
  const product = productId("simulator", { kind: "credits", pack: "medium" }) ?? "";
  const paymentId = `sim_pay_seed_${tenant.slug}_pack`;
  await deliverSimulatorEvents([
    { ...paymentEvent(true, { tenantId: tenant.id, amount: creditPacks.medium.price.amount, productId: product, paymentId }, boughtAt), messageId: `msg_seed_${tenant.slug}_pack` },
    {
      type: "refund.succeeded",
      timestamp: new Date(boughtAt.getTime() + 5 * day),
      data: { payload_type: "Refund", refund_id: `sim_ref_seed_${tenant.slug}`, payment_id: paymentId, amount: creditPacks.medium.price.amount, is_partial: false, metadata: { tenant_id: tenant.id } },
      messageId: `msg_seed_${tenant.slug}_refund`,
    },
  ]);
}

/** Seeds the past year's customers. */
export async function seedRevenueHistory(now = Date.now()): Promise<void> {
  for (const [slug, customer] of Object.entries(customers)) {
    const owner = await createUser({ email: `owner@${slug}.keel.local`, name: `Owner ${customer.name.split(" ")[0]}` });
    const tenant = await createTenant({ name: customer.name, slug: `demo-${slug}`, owner });
    if (customer.trial) await seedTrial(tenant.id, owner.id, customer.trial, now);
    const { events, subs } = timeline(tenant, customer.steps, now);
    if (subs.length > 0) await db.insert(simulatorSubscriptions).values(subs).onConflictDoNothing();
    await deliverSimulatorEvents(events);
    if (slug === "stark") await seedRefundedPack(tenant, 60, now);
  }
}

/**
 * A tenant on Starter since 50 days ago whose first renewal (about 20 days ago) was declined and
 * whose grace (the provider's past-due window, 7 days) ran out: suspended at the end of grace, as
 * the daily `billing.dunning` run would have done on that day.
 */
export async function seedSuspended(tenant: Pick<DemoTenant, "id" | "slug">, now = Date.now()): Promise<void> {
  const startedAt = new Date(now - 50 * day);
  const product = productId("simulator", { kind: "plan", plan: "starter", interval: "month" }) ?? "";
  const amount = priceOf(product).amount;
  const sub: Sub = { id: `sim_sub_seed_${tenant.slug}`, tenantId: tenant.id, customerId: customerIdFor(tenant.id), productId: product, status: "active", nextBillingDate: addInterval(startedAt, "month"), cancelAtNextBillingDate: false };
  const events: SimulatedEvent[] = [
    { ...subscriptionEvent("subscription.active", sub, startedAt), messageId: `msg_seed_${tenant.slug}_0a` },
    { ...paymentEvent(true, { tenantId: tenant.id, amount, subscriptionId: sub.id, productId: product, paymentId: `sim_pay_seed_${tenant.slug}_0` }, startedAt), messageId: `msg_seed_${tenant.slug}_0b` },
  ];
  const declinedAt = sub.nextBillingDate;
  sub.status = "past_due";
  events.push(
    { ...paymentEvent(false, { tenantId: tenant.id, amount, subscriptionId: sub.id, productId: product, paymentId: `sim_pay_seed_${tenant.slug}_1` }, declinedAt), messageId: `msg_seed_${tenant.slug}_1a` },
    { ...subscriptionEvent("subscription.past_due", sub, declinedAt, { pastDueEndsAt: new Date(declinedAt.getTime() + 7 * day) }), messageId: `msg_seed_${tenant.slug}_1b` },
  );
  await db.insert(simulatorSubscriptions).values(sub).onConflictDoNothing();
  await deliverSimulatorEvents(events);
  await db.transaction(async (tx) => {
    const account = await readBillingAccount(tx, tenant.id, { lock: true });
    if (account.state !== "past_due" || !account.graceUntil || account.graceUntil.getTime() > now) return;
    await transitionBillingState(tx, { tenantId: tenant.id, to: "suspended", reason: "grace period ended", at: account.graceUntil });
  });
}
