import { z } from "zod";

/**
 * Readers for the parts of a Dodo webhook payload Keel acts on (`{ business_id, type, timestamp,
 * data }`, typed in node_modules/dodopayments/resources/webhooks/webhooks.d.ts). Only those fields
 * are checked; everything else in the payload is kept in the inbox as received. A payload that
 * fails here is stored as unreadable (lib/billing/inbox.ts), never guessed at.
 */

/** Dodo's subscription statuses (`SubscriptionStatus` in resources/subscriptions.d.ts, 2.52). */
export const subscriptionStatuses = ["pending", "active", "on_hold", "past_due", "paused", "cancelled", "failed", "expired"] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

// Postgres `integer`, where invoices keep amounts: anything larger would fail the insert (a 500).
const largestAmount = 2_147_483_647;
const wholeAmount = z.number().int().min(0).max(largestAmount);

/**
 * An amount in the currency's smallest unit. Dodo's sources disagree on whether some amounts are
 * numbers or strings, so a string of digits is read as its number. Anything else ("", "12abc",
 * "1e3", "0x10", "NaN", "12.50") is refused: `z.coerce` would turn "" into 0 and "0x10" into 16.
 */
export const integerAmount = z.union([wholeAmount, z.string().trim().regex(/^\d{1,10}$/, "not a whole number").transform(Number).pipe(wholeAmount)]);

/**
 * A dispute's amount: a string in the SDK ("to accommodate precision"), a number in other
 * sources, perhaps with decimals. Keel only records it (a dispute takes the whole payment back).
 */
export const decimalAmount = z.union([z.number().finite().min(0), z.string().trim().regex(/^\d{1,15}(\.\d{1,6})?$/, "not a number").transform(Number)]);

/** An ISO 8601 time; one without a zone is UTC (Dodo's times are UTC). Refused when unreadable. */
export const moment = z
  .union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true }).transform((s) => `${s}Z`)])
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), "not a time");

/** Dodo metadata is string → string; Keel reads only the keys it wrote at checkout. */
const metadata = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((m) => m ?? {});
const customer = z.object({ customer_id: z.string().min(1) }).partial().nullish();

export const envelope = z.object({ type: z.string().min(1), timestamp: moment, data: z.unknown() });

export const subscriptionData = z.object({
  subscription_id: z.string().min(1),
  product_id: z.string().min(1),
  status: z.enum(subscriptionStatuses),
  /** The start of the current billing period (Dodo: "timestamp of the last payment"). */
  previous_billing_date: moment.nullish(),
  next_billing_date: moment.nullish(),
  cancel_at_next_billing_date: z.boolean().nullish(),
  /** Set while the subscription is in a past-due window: when Dodo moves it on (on_hold or cancelled). */
  past_due_ends_at: moment.nullish(),
  metadata,
  customer,
});

export const paymentData = z.object({
  payment_id: z.string().min(1),
  subscription_id: z.string().nullish(),
  total_amount: integerAmount,
  // ISO 4217, which the invoice list formats with Intl (a bad code would throw there). Keel writes
  // currencies lower-case ("usd"); Dodo sends them upper-case.
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "not an ISO 4217 code")
    .transform((code) => code.toLowerCase()),
  invoice_url: z.string().nullish(),
  /** Only one-time payments list their products: a subscription's charges come with `null`. */
  product_cart: z.array(z.object({ product_id: z.string(), quantity: integerAmount })).nullish(),
  metadata,
  customer,
});

export const refundData = z.object({
  refund_id: z.string().min(1),
  payment_id: z.string().min(1),
  amount: integerAmount.nullish(),
  is_partial: z.boolean().nullish(),
  metadata,
});

export const disputeData = z.object({
  dispute_id: z.string().min(1),
  payment_id: z.string().min(1),
  amount: decimalAmount.nullish(),
  metadata,
});

/** Where a payload failed to read, in a few words: `data.status: Invalid option: …`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
