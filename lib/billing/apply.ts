import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingCustomers, checkouts, invoices, subscriptions } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { emit } from "@/lib/jobs";
import { clawBackGrant, grantCredits } from "@/lib/credits/ledger";
import { readBillingAccount } from "./account";
import { grantAllowancesPaidBefore, grantPlanAllowance, planOfPayment } from "./allowance";
import { billingIds } from "./catalog";
import { recordFailedCheckout } from "./checkout-failure";
import type { BillingEvent, PaymentEvent, ReversalEvent, SubscriptionEvent } from "./events";
import { creditPacks, plans, productFromId } from "./plans";
import type { ProviderName } from "./providers/types";
import { paymentEvent } from "./published-events";
import { applySubscriptionChange } from "./subscription-row";
import { adoptProviderGrace, syncTenantState } from "./tenant-sync";

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
  // The tenant first, as every webhook path does: a charge applied at the same moment waits, and
  // one of the two sees the other's rows (see grantAllowancesPaidBefore).
  await readBillingAccount(tx, tenantId, { lock: true });
  await rememberCustomer(tx, provider, tenantId, event.customerId);
  const plan = { plan: product.plan, interval: product.interval };
  const applied = await applySubscriptionChange(tx, {
    provider,
    tenantId,
    providerSubscriptionId: subscription.providerSubscriptionId,
    status: subscription.status,
    occurredAt: event.occurredAt,
    eventId,
    product: plan,
    currentPeriodStart: subscription.currentPeriodStart,
    currentPeriodEnd: subscription.currentPeriodEnd,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
  });
  const deadline = subscription.status === "past_due" ? subscription.pastDueEndsAt : null;
  if (!applied) {
    // A stale event still knows the provider's past-due deadline, which no newer event may carry.
    if (deadline && (await adoptProviderGrace(tx, tenantId, deadline, event.occurredAt, event.type))) return { outcome: "stale (grace set to the provider's deadline)", tenantId };
    return { outcome: "stale", tenantId };
  }
  if (applied.previousStatus === null) await grantAllowancesPaidBefore(tx, { provider, tenantId, providerSubscriptionId: subscription.providerSubscriptionId, plan });
  const outcome = await syncTenantState(tx, tenantId, event.occurredAt, event.type, { providerGraceUntil: deadline });
  if (deadline) await adoptProviderGrace(tx, tenantId, deadline, event.occurredAt, event.type);
  if (subscription.status === "failed" && applied.previousStatus !== "failed") {
    await recordFailedCheckout(tx, { tenantId, providerSubscriptionId: subscription.providerSubscriptionId, checkoutId: event.checkoutId ?? null, ...plan, eventId, at: event.occurredAt });
    return { outcome: `applied: checkout failed (${outcome})`, tenantId };
  }
  return { outcome, tenantId };
}

async function applyPaymentEvent(tx: Executor, provider: ProviderName, eventId: string, event: PaymentEvent): Promise<Applied> {
  const { payment } = event;
  const tenantId = await resolveTenant(tx, provider, event, payment.providerSubscriptionId);
  if (!tenantId) return { outcome: "ignored: no tenant for this payment", tenantId: null };
  // Before the invoice is written: see applySubscriptionEvent.
  await readBillingAccount(tx, tenantId, { lock: true });
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
  // Announced for every payment, subscription or pack: others take back what the payment earned
  // (a referral's reward). The inbox applies each provider event once.
  await emit(tx, "payment.refunded", { tenantId: invoice.tenantId, provider, paymentId: reversal.providerPaymentId, cause: reversal.cause, partial: reversal.partial, amount: reversal.amount });
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
  const plan = pack ? null : await planOfPayment(tx, provider, payment);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      id: billingIds.newId("invoice"),
      tenantId,
      provider,
      providerPaymentId: payment.providerPaymentId,
      providerSubscriptionId: payment.providerSubscriptionId,
      kind: pack?.kind === "credits" ? "credits" : "subscription",
      description: pack?.kind === "credits" ? `${creditPacks[pack.pack].credits.toLocaleString("en")} credits` : plan ? `${plans[plan.plan].name} (${plan.interval}ly)` : "Subscription",
      amount: payment.amount,
      currency: payment.currency,
      status: event.succeeded ? "paid" : "failed",
      url: payment.invoiceUrl,
      occurredAt: event.occurredAt,
    })
    .onConflictDoNothing()
    .returning();
  // Announced once per payment: a repeated or second event for the same payment inserts nothing.
  if (invoice) await emit(tx, event.succeeded ? "payment.succeeded" : "payment.failed", paymentEvent(invoice, event.customerId));

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
  // With no plan known yet, the subscription's own event grants it when it creates the row.
  if (event.succeeded && plan) await grantPlanAllowance(tx, { tenantId, providerPaymentId: payment.providerPaymentId, paidAt: event.occurredAt, plan });
  if (!applied) return "stale, or its subscription is not known yet (its own event will set the state)";
  return syncTenantState(tx, tenantId, event.occurredAt, event.type);
}
