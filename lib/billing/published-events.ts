import { z } from "zod";
import type { invoices, subscriptions } from "@/db/schema/billing";
import { defineEvent } from "@/lib/jobs";

const subscriptionData = z.object({
  tenantId: z.string(),
  id: z.string(),
  provider: z.string(),
  plan: z.string(),
  interval: z.string(),
  /** pending | active | on_hold | past_due | paused | cancelled | expired | failed */
  status: z.string(),
  /** The status before this change; null when the subscription is new. */
  previousStatus: z.string().nullable(),
  currentPeriodEnd: z.iso.datetime().nullable(),
  cancelAtPeriodEnd: z.boolean(),
});

const paymentData = z.object({
  tenantId: z.string(),
  /** The provider's customer who paid (the same person paying for two tenants is one customer). */
  customerId: z.string().nullable(),
  /** Keel's invoice id. */
  id: z.string(),
  provider: z.string(),
  /** The provider's payment id. */
  paymentId: z.string(),
  subscriptionId: z.string().nullable(),
  /** subscription | credits */
  kind: z.string(),
  description: z.string(),
  /** In the currency's smallest unit (cents). */
  amount: z.number().int(),
  currency: z.string(),
  invoiceUrl: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});

export function subscriptionEvent(row: typeof subscriptions.$inferSelect, previousStatus: string | null): z.output<typeof subscriptionData> {
  return {
    tenantId: row.tenantId,
    id: row.id,
    provider: row.provider,
    plan: row.plan,
    interval: row.interval,
    status: row.status,
    previousStatus,
    currentPeriodEnd: row.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
  };
}

export function paymentEvent(row: typeof invoices.$inferSelect, customerId: string | null): z.output<typeof paymentData> {
  return {
    tenantId: row.tenantId,
    customerId,
    id: row.id,
    provider: row.provider,
    paymentId: row.providerPaymentId,
    subscriptionId: row.providerSubscriptionId,
    kind: row.kind,
    description: row.description,
    amount: row.amount,
    currency: row.currency,
    invoiceUrl: row.url,
    occurredAt: row.occurredAt.toISOString(),
  };
}

const tenantId = "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R";
const payment = { tenantId, customerId: "cus_Hq3Zt8", id: "inv_01JD3ZE1F2G3H4J5K6M7N8P9Q0", provider: "dodo", paymentId: "pay_2Xy7Qw", subscriptionId: "sub_9Lm3Kp", kind: "subscription", description: "Starter (monthly)", amount: 1_900, currency: "usd", invoiceUrl: null, occurredAt: "2026-01-05T09:30:00.000Z" };

/** What the billing module publishes (outgoing webhooks send these). */
export const billingEvents = {
  "subscription.updated": defineEvent({
    description: "The tenant's subscription was created or changed: plan, status, period or cancellation.",
    schema: subscriptionData,
    example: { tenantId, id: "sub_01JD3ZE9R8S7T6U5V4W3X2Y1Z0", provider: "dodo", plan: "starter", interval: "month", status: "active", previousStatus: "pending", currentPeriodEnd: "2026-02-05T09:30:00.000Z", cancelAtPeriodEnd: false },
  }),
  "payment.succeeded": defineEvent({ description: "A payment went through (a subscription renewal or a credit pack).", schema: paymentData, example: payment }),
  "payment.failed": defineEvent({ description: "A payment was declined; the subscription may move to past due.", schema: paymentData, example: payment }),
  "payment.refunded": defineEvent({
    description: "A payment was refunded or disputed, in full or in part (the provider's refund or dispute event).",
    schema: z.object({ tenantId: z.string(), provider: z.string(), paymentId: z.string(), cause: z.enum(["refund", "dispute"]), partial: z.boolean(), amount: z.number().int().nullable() }),
    example: { tenantId, provider: "dodo", paymentId: "pay_2Xy7Qw", cause: "refund", partial: false, amount: null },
  }),
};
