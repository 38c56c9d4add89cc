import { Webhook } from "standardwebhooks";
import { paymentEvent, serialize, subscriptionEvent } from "@/lib/billing/simulator/payloads";
import { call } from "./client";
import { billingEnv } from "@/lib/billing/env";

let sequence = 0;

/** A signed delivery of `body`, as Dodo or the simulator would post it. */
export function signed(body: string, opts: { id?: string; secret?: string; at?: Date } = {}) {
  sequence += 1;
  const id = opts.id ?? `msg_test_${Date.now()}_${sequence}`;
  const at = opts.at ?? new Date();
  const signature = new Webhook(opts.secret ?? billingEnv.BILLING_SIMULATOR_WEBHOOK_SECRET).sign(id, at, body);
  return { id, body, headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature } };
}

export function deliver(delivery: { body: string; headers: Record<string, string> }) {
  return call("POST", "/billing/webhooks/simulator", { rawBody: delivery.body, headers: delivery.headers });
}

export function subscriptionPayload(input: {
  tenantId: string;
  subscriptionId: string;
  status: string;
  type: string;
  at: Date;
  productId?: string;
  cancelAtPeriodEnd?: boolean;
  pastDueEndsAt?: Date;
  metadata?: Record<string, string>;
}) {
  return serialize(
    subscriptionEvent(
      input.type,
      { id: input.subscriptionId, tenantId: input.tenantId, productId: input.productId ?? "sim_pro_month", status: input.status, nextBillingDate: new Date(input.at.getTime() + 30 * 86_400_000), cancelAtNextBillingDate: input.cancelAtPeriodEnd ?? false },
      input.at,
      { pastDueEndsAt: input.pastDueEndsAt, metadata: input.metadata },
    ),
  );
}

/** A subscription's charge as Dodo sends it: `product_cart: null`; the plan only in `metadata`, if at all. */
export function subscriptionChargePayload(input: { tenantId: string; subscriptionId: string; paymentId: string; at: Date; succeeded?: boolean; amount?: number; metadata?: Record<string, string> }) {
  return serialize(
    paymentEvent(input.succeeded ?? true, { tenantId: input.tenantId, amount: input.amount ?? 4900, subscriptionId: input.subscriptionId, productId: "sim_pro_month", paymentId: input.paymentId, metadata: input.metadata }, input.at),
  );
}

export function creditPaymentPayload(input: { tenantId: string; pack?: "small" | "medium" | "large"; at?: Date }) {
  return serialize(paymentEvent(true, { tenantId: input.tenantId, amount: 1000, productId: `sim_credits_${input.pack ?? "small"}` }, input.at ?? new Date()));
}
