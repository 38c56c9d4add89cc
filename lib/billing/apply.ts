import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingCustomers, checkouts, invoices, subscriptions } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { readBillingAccount } from "./account";
import { recordAudit } from "@/lib/audit";
import { clawBackGrant, grantCredits } from "@/lib/credits/ledger";
import { sendDunningNotice } from "./dunning-notices";
import type { BillingEvent, PaymentEvent, ReversalEvent, SubscriptionEvent } from "./events";
import { creditPacks, plans, productFromId, type Interval, type PurchasablePlanId } from "./plans";
import { addInterval } from "./periods";
import type { ProviderName } from "./providers/types";
import { canTransition, transitionBillingState, type BillingState } from "./state";
import { applySubscriptionChange } from "./subscription-row";
import { billingIds } from "./catalog";
import { billingEnv } from "@/lib/billing/env";

const day = 86_400_000;

export type Applied = { outcome: string; tenantId: string | null };

/**
 * Applies one normalized event inside the inbox transaction and says what it did and for which
 * tenant. Never throws for a well-formed event Keel does not act on: that is an outcome
 * (`ignored: …`), recorded.
 */
export async function applyBillingEvent(tx: Executor, provider: ProviderName, eventId: string, event: BillingEvent): Promise<Applied> {
  switch (event.kind) {
    case "subscription":
      return applySubscriptionEvent(tx, provider, eventId, event);
    case "payment":
      return applyPaymentEvent(tx, provider, eventId, event);
    case "reversal":
      return applyReversal(tx, provider, event);
    case "ignored":
      return { outcome: `ignored: ${event.type} is not used by Keel`, tenantId: event.tenantId };
  }
}

async function resolveTenant(tx: Executor, provider: ProviderName, event: BillingEvent, providerSubscriptionId: string | null): Promise<string | null> {
  if (providerSubscriptionId) {
    const [row] = await tx.select({ tenantId: subscriptions.tenantId }).from(subscriptions).where(and(eq(subscriptions.provider, provider), eq(subscriptions.providerSubscriptionId, providerSubscriptionId)));
    if (row) return row.tenantId;
  }
  if (event.tenantId) {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, event.tenantId));
    if (tenant) return tenant.id;
  }
  if (event.customerId) {
    const [row] = await tx.select({ tenantId: billingCustomers.tenantId }).from(billingCustomers).where(and(eq(billingCustomers.provider, provider), eq(billingCustomers.customerId, event.customerId)));
    if (row) return row.tenantId;
  }
  return null;
}

async function rememberCustomer(tx: Executor, provider: ProviderName, tenantId: string, customerId: string | null) {
  if (customerId) await tx.insert(billingCustomers).values({ tenantId, provider, customerId }).onConflictDoNothing();
}

async function applySubscriptionEvent(tx: Executor, provider: ProviderName, eventId: string, event: SubscriptionEvent): Promise<Applied> {
  const { subscription } = event;
  const tenantId = await resolveTenant(tx, provider, event, subscription.providerSubscriptionId);
  if (!tenantId) return { outcome: "ignored: no tenant for this subscription", tenantId: null };
  const product = productFromId(subscription.productId);
  if (product?.kind !== "plan") return { outcome: `ignored: unknown product ${subscription.productId}`, tenantId };
  await rememberCustomer(tx, provider, tenantId, event.customerId);
  const applied = await applySubscriptionChange(tx, {
    provider,
    tenantId,
    providerSubscriptionId: subscription.providerSubscriptionId,
    status: subscription.status,
    occurredAt: event.occurredAt,
    eventId,
    product: { plan: product.plan, interval: product.interval },
    currentPeriodEnd: subscription.currentPeriodEnd,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
  });
  if (!applied) return { outcome: "stale", tenantId };
  return { outcome: await syncTenantState(tx, tenantId, event.occurredAt, event.type), tenantId };
}

async function applyPaymentEvent(tx: Executor, provider: ProviderName, eventId: string, event: PaymentEvent): Promise<Applied> {
  const { payment } = event;
  const tenantId = await resolveTenant(tx, provider, event, payment.providerSubscriptionId);
  if (!tenantId) return { outcome: "ignored: no tenant for this payment", tenantId: null };
  await rememberCustomer(tx, provider, tenantId, event.customerId);
  if (event.checkoutId) {
    // Closes the checkout the customer came back from (the billing page watches it).
    await tx
      .update(checkouts)
      .set({ status: event.succeeded ? "completed" : "declined" })
      .where(and(eq(checkouts.id, event.checkoutId), eq(checkouts.tenantId, tenantId), eq(checkouts.status, "open")));
  }
  return { outcome: await applyPayment(tx, provider, eventId, event, tenantId), tenantId };
}

/**
 * A refund or dispute of a credit pack takes its credits back (lib/credits clawBackGrant: the
 * refunded share, down to a zero balance, never below), with a ledger entry and an audit row.
 * Subscription payments need nothing here: the provider's subscription events carry the state.
 */
async function applyReversal(tx: Executor, provider: ProviderName, event: ReversalEvent): Promise<Applied> {
  const { reversal } = event;
  const [invoice] = await tx
    .select({ tenantId: invoices.tenantId, kind: invoices.kind, amount: invoices.amount })
    .from(invoices)
    .where(and(eq(invoices.provider, provider), eq(invoices.providerPaymentId, reversal.providerPaymentId)));
  if (!invoice) return { outcome: `ignored: ${reversal.cause} of an unknown payment`, tenantId: event.tenantId };
  if (invoice.kind !== "credits") return { outcome: `ignored: ${reversal.cause} of a subscription payment`, tenantId: invoice.tenantId };
  const portion = reversal.partial && reversal.amount !== null && invoice.amount > 0 ? reversal.amount / invoice.amount : 1;
  const result = await clawBackGrant(
    { tenantId: invoice.tenantId, grantKey: `payment:${reversal.providerPaymentId}`, portion, reason: `${reversal.cause === "refund" ? "Refund" : "Dispute"} of payment ${reversal.providerPaymentId}`, idempotencyKey: `clawback:${reversal.key}` },
    tx,
  );
  if (!result) return { outcome: `ignored: ${reversal.cause} of a payment that granted no credits`, tenantId: invoice.tenantId };
  if (result.duplicate) return { outcome: "applied: credits already clawed back", tenantId: invoice.tenantId };
  await recordAudit(tx, {
    action: "billing.credits_clawed_back",
    tenantId: invoice.tenantId,
    actorId: null,
    targetType: "payment",
    targetId: reversal.providerPaymentId,
    data: { cause: reversal.cause, key: reversal.key, credits: result.amount, balanceAfter: result.balance },
  });
  return { outcome: `applied: ${result.amount} credits clawed back`, tenantId: invoice.tenantId };
}

async function applyPayment(tx: Executor, provider: ProviderName, eventId: string, event: PaymentEvent, tenantId: string): Promise<string> {
  const { payment } = event;
  const pack = payment.productIds.map(productFromId).find((p) => p?.kind === "credits");
  const kind = pack?.kind === "credits" ? "credits" : "subscription";
  await tx
    .insert(invoices)
    .values({
      id: billingIds.newId("invoice"),
      tenantId,
      provider,
      providerPaymentId: payment.providerPaymentId,
      providerSubscriptionId: payment.providerSubscriptionId,
      kind,
      description: pack?.kind === "credits" ? `${creditPacks[pack.pack].credits.toLocaleString("en")} credits` : await subscriptionDescription(tx, provider, payment.providerSubscriptionId),
      amount: payment.amount,
      currency: payment.currency,
      status: event.succeeded ? "paid" : "failed",
      url: payment.invoiceUrl,
      occurredAt: event.occurredAt,
    })
    .onConflictDoNothing();

  if (pack?.kind === "credits") {
    if (!event.succeeded) return "applied: credit purchase failed";
    // Keyed by the payment, not the event: two different events for one payment grant once.
    const result = await grantCredits({ tenantId, amount: creditPacks[pack.pack].credits, source: "top_up", reason: `Bought ${pack.pack} credit pack`, idempotencyKey: `payment:${payment.providerPaymentId}` }, tx);
    return result.duplicate ? "applied: credits already granted" : "applied: credits granted";
  }
  if (!payment.providerSubscriptionId) return "ignored: payment for no subscription or pack";
  // A subscription payment moves the subscription like a status event would, in the same order.
  const applied = await applySubscriptionChange(tx, {
    provider,
    tenantId,
    providerSubscriptionId: payment.providerSubscriptionId,
    status: event.succeeded ? "active" : "on_hold",
    occurredAt: event.occurredAt,
    eventId,
  });
  // The allowance belongs to the payment, whatever order its events arrive in (keyed by payment).
  if (event.succeeded) await grantPlanAllowance(tx, provider, tenantId, event);
  if (!applied) return "stale, or its subscription is not known yet (its own event will set the state)";
  return syncTenantState(tx, tenantId, event.occurredAt, event.type);
}

async function subscriptionDescription(tx: Executor, provider: ProviderName, providerSubscriptionId: string | null): Promise<string> {
  if (!providerSubscriptionId) return "Subscription";
  const [row] = await tx.select({ plan: subscriptions.plan, interval: subscriptions.interval }).from(subscriptions).where(and(eq(subscriptions.provider, provider), eq(subscriptions.providerSubscriptionId, providerSubscriptionId)));
  return row ? `${plans[row.plan as keyof typeof plans]?.name ?? row.plan} (${row.interval}ly)` : "Subscription";
}

/**
 * Each paid period grants the plan's credits, expiring one interval after the payment (the end
 * of the period it paid for). The plan comes from the payment's own product, else its
 * subscription, so the grant does not depend on which of the two events arrives first.
 */
async function grantPlanAllowance(tx: Executor, provider: ProviderName, tenantId: string, event: PaymentEvent) {
  const { payment } = event;
  const fromCart = payment.productIds.map(productFromId).find((p) => p?.kind === "plan");
  let product = fromCart?.kind === "plan" ? fromCart : undefined;
  if (!product && payment.providerSubscriptionId) {
    const [row] = await tx.select({ plan: subscriptions.plan, interval: subscriptions.interval }).from(subscriptions).where(and(eq(subscriptions.provider, provider), eq(subscriptions.providerSubscriptionId, payment.providerSubscriptionId)));
    if (row) product = { kind: "plan", plan: row.plan as PurchasablePlanId, interval: row.interval as Interval };
  }
  if (!product) return;
  const amount = plans[product.plan].limits.creditsPerPeriod;
  if (amount <= 0) return;
  const expiresAt = addInterval(event.occurredAt, product.interval);
  await grantCredits({ tenantId, amount, source: "plan_allowance", reason: `${plans[product.plan].name} plan allowance`, idempotencyKey: `allowance:${payment.providerPaymentId}`, expiresAt }, tx);
}

/**
 * Derives the tenant's billing state from its subscriptions: any active → active; else any on
 * hold → past_due (grace starts now, once per episode); else any ended → canceled. The state
 * machine refuses moves its table does not allow.
 */
export async function syncTenantState(tx: Executor, tenantId: string, at: Date, reason: string): Promise<string> {
  const rows = await tx.select().from(subscriptions).where(eq(subscriptions.tenantId, tenantId)).orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  const active = rows.find((s) => s.status === "active");
  // Paused (by the merchant or the customer) is not paying either: same path as a failed payment.
  const onHold = rows.find((s) => s.status === "on_hold" || s.status === "paused");
  const current: BillingState = (await readBillingAccount(tx, tenantId)).state;
  let moved: boolean;
  if (active) {
    moved = await transitionBillingState(tx, { tenantId, to: "active", reason, at, fields: { plan: active.plan, currentPeriodEnd: active.currentPeriodEnd, trialEndsAt: null, graceUntil: null, pastDueSince: null } });
  } else if (onHold) {
    if (current === "past_due" || current === "suspended") return "applied: still in dunning";
    // On hold means it was active first: when events arrive out of order (on_hold before
    // active), take the step the late event would have taken, so every order ends alike.
    if (!canTransition(current, "past_due") && canTransition(current, "active")) {
      await transitionBillingState(tx, { tenantId, to: "active", reason: `${reason} (implied: was active before on hold)`, at, fields: { plan: onHold.plan, trialEndsAt: null } });
    }
    const graceUntil = new Date(at.getTime() + billingEnv.BILLING_GRACE_DAYS * day);
    moved = await transitionBillingState(tx, { tenantId, to: "past_due", reason, at, fields: { plan: onHold.plan, graceUntil, pastDueSince: at } });
    if (moved) await sendDunningNotice(tx, { tenantId, stage: "day0", pastDueSince: at, graceUntil });
  } else if (rows.some((s) => s.status === "cancelled" || s.status === "expired" || s.status === "failed")) {
    moved = await transitionBillingState(tx, { tenantId, to: "canceled", reason, at, fields: { plan: "free", graceUntil: null, pastDueSince: null } });
  } else {
    return "applied: no state change";
  }
  return moved ? "applied" : `refused: ${current} → illegal transition`;
}
