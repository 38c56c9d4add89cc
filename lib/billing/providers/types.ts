import type { CreditPackId, Interval, PurchasablePlanId } from "../plans";

export type ProviderName = "dodo" | "simulator";

export const cancelReasons = ["too_expensive", "missing_feature", "just_testing", "switching_provider", "other"] as const;
export type CancelReason = (typeof cancelReasons)[number];

export type CheckoutRequest = {
  /** Keel's checkout id (`chk_…`), also sent to the provider as metadata. */
  checkoutId: string;
  tenantId: string;
  customer: { email: string; name: string };
  /** Where the provider sends the customer back to. */
  returnUrl: string;
  /** The provider's product id (lib/billing/plans.ts `productId`). */
  productId: string;
} & ({ kind: "subscription"; plan: PurchasablePlanId; interval: Interval } | { kind: "credits"; pack: CreditPackId });

export type ProviderInvoice = {
  providerPaymentId: string;
  amount: number;
  currency: string;
  status: "paid" | "failed" | "pending";
  createdAt: Date;
  url: string | null;
};

export type UsageReport = {
  /** Idempotency key: the provider counts an event id once however often it is sent. */
  eventId: string;
  customerId: string;
  meter: string;
  quantity: number;
  timestamp: Date;
};

/** Thrown by `verifyWebhook` for a bad signature, a wrong secret or a stale timestamp. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

/** A verified webhook: the provider's event id (for dedupe) and its Dodo-shaped payload. */
export type VerifiedWebhook = { eventId: string; payload: unknown };

/**
 * What Keel needs from a payment provider. Adapters live beside this file; `billingProvider()`
 * in ./index.ts picks one. Every adapter emits webhooks in Dodo's payload shape
 * (`{ business_id, type, timestamp, data }`) so one normalizer (../events.ts) serves all.
 */
export interface BillingProvider {
  readonly name: ProviderName;
  /** Starts a hosted checkout for a subscription or a one-time credit pack. */
  createCheckout(request: CheckoutRequest): Promise<{ url: string; providerCheckoutId: string | null }>;
  /** Moves a subscription to another product, prorated immediately. */
  changePlan(input: { providerSubscriptionId: string; productId: string }): Promise<void>;
  /** Cancels at the end of the period (default) or now. */
  cancel(input: { providerSubscriptionId: string; atPeriodEnd: boolean; reason: CancelReason; comment?: string }): Promise<void>;
  /** Undoes a cancel-at-period-end before the period ends. */
  resume(input: { providerSubscriptionId: string }): Promise<void>;
  /** A link to the provider's customer portal (cards, invoices, billing details). */
  portalUrl(input: { tenantId: string; customerId: string | null; returnUrl: string }): Promise<string>;
  /** The customer's payments, newest first. */
  listInvoices(input: { tenantId: string; customerId: string }): Promise<ProviderInvoice[]>;
  /** Reports metered usage in batches of at most 1000; idempotent per event id. */
  reportUsage(events: UsageReport[]): Promise<{ accepted: number }>;
  /** Verifies the signature (5-minute timestamp tolerance) and returns the event. */
  verifyWebhook(rawBody: string, headers: Headers): VerifiedWebhook;
}
