import type { z } from "zod";
import { purchasablePlans, type Interval, type PurchasablePlanId } from "./plans";
import { describeIssue, disputeData, envelope, paymentData, refundData, subscriptionData, subscriptionStatuses, type SubscriptionStatus } from "./dodo-payload";

/**
 * Turns a Dodo-shaped webhook payload (`{ business_id, type, timestamp, data }`, as the dodopayments
 * SDK types it; the simulator sends the same shape) into Keel's own billing events. The readers
 * are in ./dodo-payload.ts; a payload they refuse throws MalformedEventError, and the inbox keeps
 * it as unreadable for a platform admin to look at and replay.
 */
export { subscriptionStatuses, type SubscriptionStatus };
/** A subscription in one of these is over: no later event can bring it back. */
export const terminalStatuses: readonly SubscriptionStatus[] = ["cancelled", "failed", "expired"];

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
    currentPeriodStart: Date | null;
    currentPeriodEnd: Date | null;
    cancelAtPeriodEnd: boolean;
    /** The provider's own end of a past-due window (`past_due_ends_at`): Keel's grace date then. */
    pastDueEndsAt: Date | null;
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
    /** The plan the checkout sold (its metadata), when the provider copied it onto the payment. */
    checkoutPlan: { plan: PurchasablePlanId; interval: Interval } | null;
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
    /** What went back, as the provider said it (null when it did not); used only when `partial`. */
    amount: number | null;
    partial: boolean;
  };
};

export type IgnoredEvent = Common & { kind: "ignored" };
export type BillingEvent = SubscriptionEvent | PaymentEvent | ReversalEvent | IgnoredEvent;

/** A payload Keel cannot read. `type` is the event type when the envelope itself was readable. */
export class MalformedEventError extends Error {
  constructor(
    readonly reason: string,
    readonly eventType: string | null = null,
  ) {
    super(reason);
    this.name = "MalformedEventError";
  }
}

function text(meta: Record<string, unknown>, key: string): string | null {
  const value = meta[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The checkout metadata's plan (lib/billing/providers/dodo-mapping.ts `checkoutMetadata`). */
function checkoutPlan(meta: Record<string, unknown>): PaymentEvent["payment"]["checkoutPlan"] {
  const plan = text(meta, "plan");
  const interval = text(meta, "interval");
  if (!plan || !(purchasablePlans as readonly string[]).includes(plan)) return null;
  if (interval !== "month" && interval !== "year") return null;
  return { plan: plan as PurchasablePlanId, interval };
}

function read<S extends z.ZodType>(schema: S, data: unknown, type: string, what: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MalformedEventError(`${what} in ${type}: data.${describeIssue(parsed.error)}`, type);
  return parsed.data;
}

/** Normalizes a verified payload. Throws MalformedEventError for a payload Keel cannot read. */
export function normalizeEvent(payload: unknown): BillingEvent {
  const head = envelope.safeParse(payload);
  if (!head.success) throw new MalformedEventError(`not a Dodo-shaped webhook payload (${describeIssue(head.error)})`);
  const { type, timestamp: occurredAt } = head.data;

  if (type.startsWith("subscription.")) {
    const d = read(subscriptionData, head.data.data, type, "unreadable subscription");
    return {
      kind: "subscription",
      type,
      occurredAt,
      tenantId: text(d.metadata, "tenant_id"),
      checkoutId: text(d.metadata, "checkout_id"),
      customerId: d.customer?.customer_id ?? null,
      subscription: {
        providerSubscriptionId: d.subscription_id,
        productId: d.product_id,
        status: d.status,
        currentPeriodStart: d.previous_billing_date ?? null,
        currentPeriodEnd: d.next_billing_date ?? null,
        cancelAtPeriodEnd: d.cancel_at_next_billing_date ?? false,
        pastDueEndsAt: d.past_due_ends_at ?? null,
      },
    };
  }
  if (type === "payment.succeeded" || type === "payment.failed") {
    const d = read(paymentData, head.data.data, type, "unreadable payment");
    return {
      kind: "payment",
      type,
      occurredAt,
      succeeded: type === "payment.succeeded",
      tenantId: text(d.metadata, "tenant_id"),
      checkoutId: text(d.metadata, "checkout_id"),
      customerId: d.customer?.customer_id ?? null,
      payment: {
        providerPaymentId: d.payment_id,
        providerSubscriptionId: d.subscription_id ?? null,
        productIds: (d.product_cart ?? []).map((item) => item.product_id),
        amount: d.total_amount,
        currency: d.currency,
        invoiceUrl: d.invoice_url ?? null,
        checkoutPlan: checkoutPlan(d.metadata),
      },
    };
  }
  if (type === "refund.succeeded") {
    const d = read(refundData, head.data.data, type, "unreadable refund");
    return {
      kind: "reversal",
      type,
      occurredAt,
      tenantId: text(d.metadata, "tenant_id"),
      customerId: null,
      reversal: { key: `refund:${d.refund_id}`, cause: "refund", providerPaymentId: d.payment_id, amount: d.amount ?? null, partial: d.is_partial ?? false },
    };
  }
  if (type === "dispute.opened") {
    const d = read(disputeData, head.data.data, type, "unreadable dispute");
    return {
      kind: "reversal",
      type,
      occurredAt,
      tenantId: text(d.metadata, "tenant_id"),
      customerId: null,
      // A dispute is the whole payment until the bank decides; winning it later re-grants nothing
      // automatically (grant by hand from /platform if so).
      reversal: { key: `dispute:${d.dispute_id}`, cause: "dispute", providerPaymentId: d.payment_id, amount: d.amount ?? null, partial: false },
    };
  }
  const meta = (head.data.data as { metadata?: unknown } | null)?.metadata;
  const tenantId = meta && typeof meta === "object" ? text(meta as Record<string, unknown>, "tenant_id") : null;
  return { kind: "ignored", type, occurredAt, tenantId, customerId: null };
}
