import type DodoPayments from "dodopayments";
import type { CancelReason, CheckoutRequest, ProviderInvoice, UsageReport } from "./types";

/**
 * Keel's cancel reasons in Dodo's `cancellation_feedback` enum. `just_testing` has no Dodo
 * counterpart: it goes as `other`, and `cancellationComment` names it so the churn report keeps it.
 */
const cancellationFeedback: Record<CancelReason, DodoPayments.CancellationFeedback> = {
  too_expensive: "too_expensive",
  missing_feature: "missing_features",
  switching_provider: "switched_service",
  just_testing: "other",
  other: "other",
};

/**
 * The churn fields of a cancel. Not subscription metadata: a metadata PATCH may replace the whole
 * map, and the webhook normalizer needs `metadata.tenant_id` to stay on the subscription.
 */
export function cancellationFields(reason: CancelReason, comment: string | undefined) {
  const feedback = cancellationFeedback[reason];
  const lostReason = feedback === "other" && reason !== "other";
  const text = lostReason ? [`reason: ${reason}`, comment].filter(Boolean).join(" — ") : comment;
  return { cancellation_feedback: feedback, ...(text ? { cancellation_comment: text } : {}) };
}

/**
 * What Dodo stores with the checkout and (observed in delivered webhooks, not promised by the API
 * reference) copies onto the payment and the subscription it creates; `SubscriptionData` has no
 * metadata field of its own. The normalizer finds the tenant through `tenant_id`.
 */
export function checkoutMetadata(request: CheckoutRequest): DodoPayments.Metadata {
  const base = { tenant_id: request.tenantId, checkout_id: request.checkoutId, kind: request.kind };
  return request.kind === "subscription"
    ? { ...base, plan: request.plan, interval: request.interval }
    : { ...base, pack: request.pack };
}

function invoiceStatus(status: DodoPayments.IntentStatus | null | undefined): ProviderInvoice["status"] {
  if (status === "succeeded") return "paid";
  if (status === "failed" || status === "cancelled") return "failed";
  // processing, requires_* and partial captures are still in flight.
  return "pending";
}

/** Dodo amounts are already in the currency's smallest unit, as Keel's prices are. */
export function toInvoice(payment: DodoPayments.PaymentListResponse): ProviderInvoice {
  return {
    providerPaymentId: payment.payment_id,
    amount: payment.total_amount,
    // Keel writes currencies lower-case ("usd"); Dodo answers ISO upper-case.
    currency: payment.currency.toLowerCase(),
    status: invoiceStatus(payment.status),
    createdAt: new Date(payment.created_at),
    url: payment.invoice_url ?? null,
  };
}

/** Dodo's limit per ingest request. */
export const ingestBatchSize = 1000;

/**
 * Usage reports as Dodo ingest batches. A repeated event id inside one request fails the whole
 * request (a repeat across requests is ignored), so repeats are dropped here, first one kept.
 *
 * Quantity travels as a number in `metadata.quantity`: Dodo meters `sum` over a metadata key, so
 * each meter must be set up in the dashboard with aggregation `sum` over `quantity`. A number, not
 * a string, because Dodo's docs show numeric properties for sum meters.
 */
export function ingestBatches(events: UsageReport[]): DodoPayments.UsageEventIngestParams[] {
  const seen = new Set<string>();
  const unique = events.filter((event) => !seen.has(event.eventId) && seen.add(event.eventId));
  const batches: DodoPayments.UsageEventIngestParams[] = [];
  for (let start = 0; start < unique.length; start += ingestBatchSize) {
    batches.push({
      events: unique.slice(start, start + ingestBatchSize).map((event) => ({
        event_id: event.eventId,
        customer_id: event.customerId,
        event_name: event.meter,
        timestamp: event.timestamp.toISOString(),
        metadata: { quantity: event.quantity },
      })),
    });
  }
  return batches;
}
