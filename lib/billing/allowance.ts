import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { invoices, subscriptions } from "@/db/schema/billing";
import { grantCredits } from "@/lib/credits/ledger";
import type { PaymentEvent } from "./events";
import { addInterval } from "./periods";
import { plans, productFromId, type Interval, type PurchasablePlanId } from "./plans";
import type { ProviderName } from "./providers/types";

export type PlanRef = { plan: PurchasablePlanId; interval: Interval };

/**
 * The plan a subscription payment paid for: a plan product in its cart; else its subscription as
 * Keel knows it; else the checkout's metadata. Dodo sends a subscription's charges with
 * `product_cart: null`, so the cart rarely says. The row comes before the metadata because the
 * metadata is the checkout's: after a plan change it still names the plan first bought.
 */
export async function planOfPayment(tx: Executor, provider: ProviderName, payment: PaymentEvent["payment"]): Promise<PlanRef | null> {
  const fromCart = payment.productIds.map(productFromId).find((p) => p?.kind === "plan");
  if (fromCart?.kind === "plan") return { plan: fromCart.plan, interval: fromCart.interval };
  if (payment.providerSubscriptionId) {
    const [row] = await tx
      .select({ plan: subscriptions.plan, interval: subscriptions.interval })
      .from(subscriptions)
      .where(and(eq(subscriptions.provider, provider), eq(subscriptions.providerSubscriptionId, payment.providerSubscriptionId)));
    if (row) return { plan: row.plan as PurchasablePlanId, interval: row.interval as Interval };
  }
  return payment.checkoutPlan;
}

/**
 * One paid period grants the plan's credits, expiring one interval after the payment (the end of
 * the period it paid for). Keyed `allowance:<payment id>`: however many events (or paths below)
 * reach one payment, it grants once.
 */
export async function grantPlanAllowance(tx: Executor, input: { tenantId: string; providerPaymentId: string; paidAt: Date; plan: PlanRef }): Promise<void> {
  const { plan, interval } = input.plan;
  const amount = plans[plan].limits.creditsPerPeriod;
  if (amount <= 0) return;
  await grantCredits(
    { tenantId: input.tenantId, amount, source: "plan_allowance", reason: `${plans[plan].name} plan allowance`, idempotencyKey: `allowance:${input.providerPaymentId}`, expiresAt: addInterval(input.paidAt, interval) },
    tx,
  );
}

/**
 * A subscription's first charge may arrive before the subscription itself (Dodo promises no
 * order, and the two can share a timestamp). Then no plan was known and the charge granted
 * nothing. When the subscription's event creates its row, this grants every paid charge of it
 * recorded so far, at the plan that event carries. The webhook paths lock the tenant first, so a
 * charge and its subscription applied at the same moment see each other (see ./apply.ts).
 */
export async function grantAllowancesPaidBefore(tx: Executor, input: { provider: ProviderName; tenantId: string; providerSubscriptionId: string; plan: PlanRef }): Promise<void> {
  const paid = await tx
    .select({ providerPaymentId: invoices.providerPaymentId, occurredAt: invoices.occurredAt })
    .from(invoices)
    .where(
      and(
        eq(invoices.provider, input.provider),
        eq(invoices.tenantId, input.tenantId),
        eq(invoices.providerSubscriptionId, input.providerSubscriptionId),
        eq(invoices.kind, "subscription"),
        eq(invoices.status, "paid"),
      ),
    );
  for (const invoice of paid) {
    await grantPlanAllowance(tx, { tenantId: input.tenantId, providerPaymentId: invoice.providerPaymentId, paidAt: invoice.occurredAt, plan: input.plan });
  }
}
