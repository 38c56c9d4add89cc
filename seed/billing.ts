import { db, type Executor } from "@/db/client";
import { checkouts, simulatorSubscriptions } from "@/db/schema/billing";
import { billingIds } from "@/lib/billing/catalog";
import { addInterval } from "@/lib/billing/periods";
import { productId, type Interval, type PurchasablePlanId } from "@/lib/billing/plans";
import { deliverSimulatorEvents } from "@/lib/billing/simulator/deliver";
import { customerIdFor, paymentEvent, simulatorId, subscriptionEvent, type SimulatedEvent } from "@/lib/billing/simulator/payloads";
import { pastDueEndsAt, priceOf } from "@/lib/billing/simulator/renewals";
import { startTrial } from "@/lib/billing/trial";
import { deductCredits, grantCredits } from "@/lib/credits";
import { expireAllDueCredits } from "@/lib/credits/expire-job";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { seedRevenueHistory, seedSuspended } from "./billing-history";
import type { SeedTenant } from "./factories";

/**
 * Billing history for the demo tenants, made the way production makes it: Dodo-shaped events
 * from the simulator through the signed-webhook inbox, and the credits ledger's own functions.
 * Every message and payment id is derived from the tenant's slug, so running the seed again is a
 * redelivery the inbox ignores, not a second history.
 */
const day = 86_400_000;

/** What happens at each following billing date. */
type Step = "paid" | "declined" | "cancelled";

async function subscriptionHistory(tenant: SeedTenant, plan: PurchasablePlanId, interval: Interval, startedAt: Date, renewals: Step[]) {
  const product = productId("simulator", { kind: "plan", plan, interval }) ?? "";
  const { amount } = priceOf(product);
  const id = `sim_sub_seed_${tenant.slug}`;
  const sub = { id, tenantId: tenant.id, customerId: customerIdFor(tenant.id), productId: product, status: "active", previousBillingDate: startedAt, nextBillingDate: addInterval(startedAt, interval), cancelAtNextBillingDate: false };
  const events: SimulatedEvent[] = [
    { ...subscriptionEvent("subscription.active", sub, startedAt), messageId: `msg_seed_${tenant.slug}_0a` },
    { ...paymentEvent(true, { tenantId: tenant.id, amount, subscriptionId: id, productId: product, paymentId: `sim_pay_seed_${tenant.slug}_0` }, startedAt), messageId: `msg_seed_${tenant.slug}_0b` },
  ];
  renewals.forEach((step, i) => {
    const n = i + 1;
    const at = sub.nextBillingDate;
    if (step === "cancelled") {
      sub.status = "cancelled";
      events.push({ ...subscriptionEvent("subscription.cancelled", sub, at), messageId: `msg_seed_${tenant.slug}_${n}a` });
      return;
    }
    const paid = step === "paid";
    // A declined renewal opens Dodo's past-due window, as the simulator's renewals do.
    sub.status = paid ? "active" : "past_due";
    if (paid) Object.assign(sub, { previousBillingDate: at, nextBillingDate: addInterval(at, interval) });
    events.push(
      { ...paymentEvent(paid, { tenantId: tenant.id, amount, subscriptionId: id, productId: product, paymentId: `sim_pay_seed_${tenant.slug}_${n}` }, at), messageId: `msg_seed_${tenant.slug}_${n}a` },
      { ...subscriptionEvent(paid ? "subscription.renewed" : "subscription.past_due", sub, at, paid ? {} : { pastDueEndsAt: pastDueEndsAt(sub) }), messageId: `msg_seed_${tenant.slug}_${n}b` },
    );
  });
  await db.insert(simulatorSubscriptions).values(sub).onConflictDoNothing();
  await deliverSimulatorEvents(events);
}

async function usage(tenant: SeedTenant, spends: number[]) {
  for (const [i, amount] of spends.entries()) {
    await deductCredits({ tenantId: tenant.id, userId: null }, { amount, reason: "API usage", idempotencyKey: `seed:usage:${i}` }).catch(() => undefined);
  }
}

export async function seedBilling(tenants: Record<"trial" | "paid" | "pastdue" | "canceled" | "free", SeedTenant>, now = Date.now()) {
  const ago = (days: number) => new Date(now - days * day);

  // Day 10 of a 14-day trial, with a promo grant to spend.
  await db.transaction((tx) => startTrial(tx, tenants.trial.id, ago(10)));
  await grantCredits({ tenantId: tenants.trial.id, amount: 500, source: "promo", reason: "Welcome bonus", idempotencyKey: "seed:promo", expiresAt: new Date(now + 30 * day) });
  await usage(tenants.trial, [40, 25]);

  // Pro since 40 days ago, renewed about 10 days ago; bought a credit pack.
  await subscriptionHistory(tenants.paid, "pro", "month", ago(40), ["paid"]);
  await grantCredits({ tenantId: tenants.paid.id, amount: 5_000, source: "top_up", reason: "Bought medium credit pack", idempotencyKey: "seed:topup" });
  await usage(tenants.paid, [1_200, 300, 45]);

  // Starter since 33 days ago; the renewal 2-3 days ago failed: past due, 4-5 days of grace left.
  await subscriptionHistory(tenants.pastdue, "starter", "month", ago(33), ["declined"]);
  await usage(tenants.pastdue, [150]);

  // Starter for two periods, then canceled at the end of the second, about 9 days ago.
  await subscriptionHistory(tenants.canceled, "starter", "month", ago(70), ["paid", "cancelled"]);

  // The free tenant has no billing history, only a referral bonus.
  await grantCredits({ tenantId: tenants.free.id, amount: 100, source: "referral", reason: "Referral bonus", idempotencyKey: "seed:referral" });

  // Allowances of past periods have run out, as the hourly expiry job would have found.
  await expireAllDueCredits(new Date(now));
}

/**
 * An open checkout, as `POST /billing/topup` would leave it; with `plan`, as `POST /billing/checkout`
 * would. `provider` defaults to the simulator.
 */
export async function createCheckout(
  input: { tenant: Pick<SeedTenant, "id">; pack?: "small" | "medium" | "large"; plan?: { plan: PurchasablePlanId; interval: Interval }; provider?: "simulator" | "dodo" },
  executor: Executor = db,
): Promise<{ id: string }> {
  const id = billingIds.newId("checkout");
  const item = input.plan ? { kind: "subscription", ...input.plan } : { kind: "credits", pack: input.pack ?? "small" };
  await executor.insert(checkouts).values({ id, tenantId: input.tenant.id, provider: input.provider ?? "simulator", url: `/billing/simulator/checkout/${id}`, ...item });
  return { id };
}

/**
 * A simulator subscription, started as a completed checkout starts one: its row at the simulator,
 * then `subscription.active` through the signed-webhook inbox. It starts a minute ago, so the event
 * of a change a test makes next is newer. `cancelAtPeriodEnd: true` gives one to resume.
 */
export async function createSubscription(input: { tenant: Pick<SeedTenant, "id">; plan?: PurchasablePlanId; interval?: Interval; cancelAtPeriodEnd?: boolean }): Promise<{ id: string }> {
  const { plan = "pro", interval = "month", cancelAtPeriodEnd = false } = input;
  const startedAt = new Date(Date.now() - 60_000);
  const sub = {
    id: simulatorId("sim_sub"),
    tenantId: input.tenant.id,
    customerId: customerIdFor(input.tenant.id),
    productId: productId("simulator", { kind: "plan", plan, interval }) ?? "",
    status: "active",
    previousBillingDate: startedAt,
    nextBillingDate: addInterval(startedAt, interval),
    cancelAtNextBillingDate: cancelAtPeriodEnd,
  };
  await db.insert(simulatorSubscriptions).values(sub);
  await deliverSimulatorEvents([subscriptionEvent("subscription.active", sub, startedAt)]);
  return { id: sub.id };
}

const managers = ["owner", "admin"];

/** The billing module's seed and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo(tenants) {
    const byKey = Object.fromEntries(tenants.map((t) => [t.key, t])) as Record<string, SeedTenant>;
    const { trial, paid, pastdue, canceled, free, suspended } = byKey;
    if (trial && paid && pastdue && canceled && free) await seedBilling({ trial, paid, pastdue, canceled, free });
    if (suspended) await seedSuspended(suspended);
    // Customers of the past year, for the admin panel's revenue charts.
    await seedRevenueHistory();
  },
  async routeParams(tenant, pattern) {
    // The subscription routes act on the tenant's current subscription, the newest: a fresh one
    // per call (an allowed call changes or cancels it), set to cancel when the call resumes it.
    if (pattern?.startsWith("/billing/subscription")) await createSubscription({ tenant, plan: "pro", cancelAtPeriodEnd: pattern.endsWith("/resume") });
    return { checkoutId: (await createCheckout({ tenant })).id };
  },
  roleMatrix: {
    "POST /billing/checkout": managers,
    "POST /billing/topup": managers,
    "GET /billing/portal": managers,
    "GET /billing/subscription": managers,
    "PATCH /billing/subscription": managers,
    "DELETE /billing/subscription": managers,
    "POST /billing/subscription/resume": managers,
    "GET /billing/invoices": managers,
    "GET /billing/credits": managers,
    "POST /billing/simulator/checkouts/[checkoutId]/complete": managers,
    "POST /billing/simulator/card": managers,
    "POST /billing/simulator/clock": managers,
  },
  unscopedRoutes: {
    "/billing/plans": "public price list",
    "/billing/webhooks/[provider]": "names a provider, not a tenant; only a valid provider signature is accepted",
    "/platform/billing/events": "platform admins only (404 to everyone else): billing events across tenants",
    "/platform/billing/events/[billingEventId]/replay": "platform admins only (404 to everyone else): a billing event, not a tenant's resource",
  },
  validBody: { plan: "starter", interval: "month", pack: "small", reason: "just_testing", days: 7, outcome: "succeed", behavior: "succeed", advanceDays: 1 },
};
