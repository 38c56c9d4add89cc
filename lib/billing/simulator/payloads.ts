import { randomBytes } from "node:crypto";

/**
 * Webhook payloads in Dodo's shape (`{ business_id, type, timestamp, data }`, fields as the
 * dodopayments SDK types them), reduced to what a subscription or payment event carries.
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

type SimSubscription = { id: string; tenantId: string; productId: string; status: string; nextBillingDate: Date; cancelAtNextBillingDate: boolean };

export function subscriptionEvent(type: string, sub: SimSubscription, at: Date): SimulatedEvent {
  return {
    type,
    timestamp: at,
    data: {
      subscription_id: sub.id,
      product_id: sub.productId,
      status: sub.status,
      next_billing_date: sub.nextBillingDate.toISOString(),
      cancel_at_next_billing_date: sub.cancelAtNextBillingDate,
      metadata: { tenant_id: sub.tenantId },
      customer: { customer_id: customerIdFor(sub.tenantId) },
      quantity: 1,
      currency: "USD",
    },
  };
}

export function paymentEvent(
  succeeded: boolean,
  input: { tenantId: string; amount: number; subscriptionId?: string; productId: string; paymentId?: string },
  at: Date,
): SimulatedEvent {
  return {
    type: succeeded ? "payment.succeeded" : "payment.failed",
    timestamp: at,
    data: {
      payment_id: input.paymentId ?? simulatorId("sim_pay"),
      subscription_id: input.subscriptionId ?? null,
      total_amount: input.amount,
      currency: "usd",
      status: succeeded ? "succeeded" : "failed",
      product_cart: [{ product_id: input.productId, quantity: 1 }],
      metadata: { tenant_id: input.tenantId },
      customer: { customer_id: customerIdFor(input.tenantId) },
      invoice_url: null,
    },
  };
}

export function serialize(event: SimulatedEvent): string {
  return JSON.stringify({ business_id: simulatorBusinessId, type: event.type, timestamp: event.timestamp.toISOString(), data: event.data });
}
