import { randomBytes } from "node:crypto";

/**
 * Webhook payloads in Dodo's shape (`{ business_id, type, timestamp, data }`, fields as the
 * dodopayments SDK types them in resources/webhooks/webhooks.d.ts and webhook-events.d.ts, 2.52):
 * the fields Keel reads, and the cheap ones beside them a real payload always has. What matters is
 * where Dodo differs from what one would guess: a subscription's charges list no products
 * (`product_cart: null`), and a failed renewal opens a `past_due` window with its end date.
 */
/** `messageId`: the webhook-id to send it under (random when absent); fixed ids make redelivery a no-op. */
export type SimulatedEvent = { type: string; timestamp: Date; data: Record<string, unknown>; messageId?: string };

export const simulatorBusinessId = "bus_keel_simulator";

export function customerIdFor(tenantId: string): string {
  return `sim_cus_${tenantId}`;
}

export function simulatorId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString("hex")}`;
}

type SimSubscription = { id: string; tenantId: string; productId: string; status: string; previousBillingDate?: Date | null; nextBillingDate: Date; cancelAtNextBillingDate: boolean };

const brandId = "bra_keel_simulator";

/** The customer as Dodo nests it (`CustomerLimitedDetails`). */
function customerOf(tenantId: string) {
  return { customer_id: customerIdFor(tenantId), email: `billing+${tenantId}@simulator.keel.local`, name: "Simulator customer" };
}

/**
 * `opts.pastDueEndsAt`: the end of the past-due window, sent (as Dodo does) with every event
 * while the subscription sits in one. `opts.metadata`: more checkout metadata than the tenant.
 */
export function subscriptionEvent(type: string, sub: SimSubscription, at: Date, opts: { pastDueEndsAt?: Date; metadata?: Record<string, string> } = {}): SimulatedEvent {
  return {
    type,
    timestamp: at,
    data: {
      payload_type: "Subscription",
      subscription_id: sub.id,
      brand_id: brandId,
      product_id: sub.productId,
      status: sub.status,
      previous_billing_date: sub.previousBillingDate?.toISOString() ?? null,
      next_billing_date: sub.nextBillingDate.toISOString(),
      cancel_at_next_billing_date: sub.cancelAtNextBillingDate,
      past_due_ends_at: opts.pastDueEndsAt?.toISOString() ?? null,
      metadata: { tenant_id: sub.tenantId, ...opts.metadata },
      customer: customerOf(sub.tenantId),
      quantity: 1,
      currency: "USD",
    },
  };
}

export function paymentEvent(
  succeeded: boolean,
  input: { tenantId: string; amount: number; subscriptionId?: string; productId: string; paymentId?: string; metadata?: Record<string, string> },
  at: Date,
): SimulatedEvent {
  const subscriptionId = input.subscriptionId ?? null;
  return {
    type: succeeded ? "payment.succeeded" : "payment.failed",
    timestamp: at,
    data: {
      payload_type: "Payment",
      payment_id: input.paymentId ?? simulatorId("sim_pay"),
      business_id: simulatorBusinessId,
      brand_id: brandId,
      subscription_id: subscriptionId,
      subscription_ids: subscriptionId ? [subscriptionId] : [],
      is_multi_subscription: false,
      total_amount: input.amount,
      currency: "USD",
      status: succeeded ? "succeeded" : "failed",
      // Dodo lists products only for a one-time payment: a subscription's charges name no product,
      // so Keel must find the plan another way (lib/billing/allowance.ts).
      product_cart: subscriptionId ? null : [{ product_id: input.productId, quantity: 1 }],
      metadata: { tenant_id: input.tenantId, ...input.metadata },
      customer: customerOf(input.tenantId),
      invoice_url: null,
      created_at: at.toISOString(),
    },
  };
}

export function serialize(event: SimulatedEvent): string {
  return JSON.stringify({ business_id: simulatorBusinessId, type: event.type, timestamp: event.timestamp.toISOString(), data: event.data });
}
