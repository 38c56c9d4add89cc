import { z } from "zod";

/**
 * Turns a Dodo-shaped webhook payload (`{ business_id, type, timestamp, data }`, as the dodopayments
 * SDK types it; the simulator sends the same shape) into Keel's own billing events. Only the
 * fields Keel acts on are read; everything else in the payload is kept in the inbox as received.
 */
export const subscriptionStatuses = ["pending", "active", "on_hold", "paused", "cancelled", "failed", "expired"] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];
/** A subscription in one of these is over: no later event can bring it back. */
export const terminalStatuses: readonly SubscriptionStatus[] = ["cancelled", "failed", "expired"];

const metadata = z.record(z.string(), z.unknown()).nullish().transform((m) => m ?? {});
const customer = z.object({ customer_id: z.string() }).partial().nullish();

const subscriptionData = z.object({
  subscription_id: z.string(),
  product_id: z.string(),
  status: z.enum(subscriptionStatuses),
  next_billing_date: z.string().nullish(),
  cancel_at_next_billing_date: z.boolean().nullish(),
  metadata,
  customer,
});

const paymentData = z.object({
  payment_id: z.string(),
  subscription_id: z.string().nullish(),
  total_amount: z.number().int(),
  currency: z.string(),
  invoice_url: z.string().nullish(),
  product_cart: z.array(z.object({ product_id: z.string(), quantity: z.number().int() })).nullish(),
  metadata,
  customer,
});

const refundData = z.object({
  refund_id: z.string(),
  payment_id: z.string(),
  amount: z.number().int().nullish(),
  is_partial: z.boolean().nullish(),
  metadata,
});

const disputeData = z.object({
  dispute_id: z.string(),
  payment_id: z.string(),
  metadata,
});

const envelope = z.object({
  type: z.string(),
  timestamp: z.string(),
  data: z.unknown(),
});

type Common = {
  type: string;
  occurredAt: Date;
  tenantId: string | null;
  customerId: string | null;
  /** Keel's checkout id, when the provider copied the checkout's metadata onto the event. */
  checkoutId?: string | null;
};

export type SubscriptionEvent = Common & {
  kind: "subscription";
  subscription: {
    providerSubscriptionId: string;
    productId: string;
    status: SubscriptionStatus;
    currentPeriodEnd: Date | null;
    cancelAtPeriodEnd: boolean;
  };
};

export type PaymentEvent = Common & {
  kind: "payment";
  succeeded: boolean;
  payment: {
    providerPaymentId: string;
    providerSubscriptionId: string | null;
    productIds: string[];
    amount: number;
    currency: string;
    invoiceUrl: string | null;
  };
};

/** Money that went back to the customer: a refund, or a dispute opened (the bank holds it). */
export type ReversalEvent = Common & {
  kind: "reversal";
  reversal: {
    /** `refund:<refund_id>` or `dispute:<dispute_id>`: one reversal, however often delivered. */
    key: string;
    cause: "refund" | "dispute";
    providerPaymentId: string;
    /** What went back, in the smallest unit; null when the provider did not say (take it as all). */
    amount: number | null;
    partial: boolean;
  };
};

export type IgnoredEvent = Common & { kind: "ignored" };
export type BillingEvent = SubscriptionEvent | PaymentEvent | ReversalEvent | IgnoredEvent;

export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedEventError";
  }
}

function tenantOf(meta: Record<string, unknown>): string | null {
  return typeof meta.tenant_id === "string" ? meta.tenant_id : null;
}

function checkoutOf(meta: Record<string, unknown>): string | null {
  return typeof meta.checkout_id === "string" ? meta.checkout_id : null;
}

/** Normalizes a verified payload. Throws MalformedEventError for a payload Keel cannot read. */
export function normalizeEvent(payload: unknown): BillingEvent {
  const head = envelope.safeParse(payload);
  if (!head.success) throw new MalformedEventError("not a Dodo-shaped webhook payload");
  const { type } = head.data;
  const occurredAt = new Date(head.data.timestamp);
  if (Number.isNaN(occurredAt.getTime())) throw new MalformedEventError("unreadable timestamp");

  if (type.startsWith("subscription.")) {
    const data = subscriptionData.safeParse(head.data.data);
    if (!data.success) throw new MalformedEventError(`unreadable subscription in ${type}`);
    const d = data.data;
    return {
      kind: "subscription",
      type,
      occurredAt,
      tenantId: tenantOf(d.metadata),
      customerId: d.customer?.customer_id ?? null,
      subscription: {
        providerSubscriptionId: d.subscription_id,
        productId: d.product_id,
        status: d.status,
        currentPeriodEnd: d.next_billing_date ? new Date(d.next_billing_date) : null,
        cancelAtPeriodEnd: d.cancel_at_next_billing_date ?? false,
      },
    };
  }
  if (type === "payment.succeeded" || type === "payment.failed") {
    const data = paymentData.safeParse(head.data.data);
    if (!data.success) throw new MalformedEventError(`unreadable payment in ${type}`);
    const d = data.data;
    return {
      kind: "payment",
      type,
      occurredAt,
      succeeded: type === "payment.succeeded",
      tenantId: tenantOf(d.metadata),
      checkoutId: checkoutOf(d.metadata),
      customerId: d.customer?.customer_id ?? null,
      payment: {
        providerPaymentId: d.payment_id,
        providerSubscriptionId: d.subscription_id ?? null,
        productIds: (d.product_cart ?? []).map((item) => item.product_id),
        amount: d.total_amount,
        currency: d.currency,
        invoiceUrl: d.invoice_url ?? null,
      },
    };
  }
  if (type === "refund.succeeded") {
    const data = refundData.safeParse(head.data.data);
    if (!data.success) throw new MalformedEventError(`unreadable refund in ${type}`);
    const d = data.data;
    return {
      kind: "reversal",
      type,
      occurredAt,
      tenantId: tenantOf(d.metadata),
      customerId: null,
      reversal: { key: `refund:${d.refund_id}`, cause: "refund", providerPaymentId: d.payment_id, amount: d.amount ?? null, partial: d.is_partial ?? false },
    };
  }
  if (type === "dispute.opened") {
    const data = disputeData.safeParse(head.data.data);
    if (!data.success) throw new MalformedEventError(`unreadable dispute in ${type}`);
    const d = data.data;
    return {
      kind: "reversal",
      type,
      occurredAt,
      tenantId: tenantOf(d.metadata),
      customerId: null,
      // A dispute is the whole payment until the bank decides; winning it later re-grants nothing
      // automatically (grant by hand from /platform if so).
      reversal: { key: `dispute:${d.dispute_id}`, cause: "dispute", providerPaymentId: d.payment_id, amount: null, partial: false },
    };
  }
  const meta = (head.data.data as { metadata?: unknown } | null)?.metadata;
  return { kind: "ignored", type, occurredAt, tenantId: tenantOf(metadata.parse(meta ?? null)), customerId: null };
}
