import DodoPayments from "dodopayments";
import { cancellationFields, checkoutMetadata, ingestBatches, toInvoice } from "./dodo-mapping";
import { signatureHeaders } from "./dodo-webhook";
import { type BillingProvider, WebhookVerificationError } from "./types";

export type DodoProviderConfig = {
  /** Dodo API key (`DODO_PAYMENTS_API_KEY`). */
  apiKey: string;
  /** Standard Webhooks secret (`whsec_…`); without it every webhook is refused. */
  webhookKey: string | undefined;
  /** Which Dodo API the key belongs to. */
  environment: "test_mode" | "live_mode";
  /** Replaces the environment's API URL (`DODO_PAYMENTS_BASE_URL`). @default the environment's URL */
  baseUrl?: string;
  /** Replaces the global fetch; tests record requests with it. @default globalThis.fetch */
  fetch?: typeof fetch;
};

/** Keel reads only the first page of payments: enough for the billing page's recent history. */
const invoicePageSize = 50;

/** Dodo Payments. The SDK client is built on first use, so importing this file reads no keys. */
export function dodoProvider(config: DodoProviderConfig): BillingProvider {
  let client: DodoPayments | undefined;
  const dodo = () =>
    (client ??= new DodoPayments({
      bearerToken: config.apiKey,
      // null, not undefined: undefined makes the SDK fall back to process.env for the key.
      webhookKey: config.webhookKey || null,
      // The SDK refuses a base URL together with an environment. Without one, null (not
      // undefined) keeps it from reading DODO_PAYMENTS_BASE_URL from the process env on its own:
      // lib/billing/keys.ts reads that key, and only this config decides where requests go.
      ...(config.baseUrl ? { baseURL: config.baseUrl } : { baseURL: null, environment: config.environment }),
      fetch: config.fetch,
    }));

  return {
    name: "dodo",

    async createCheckout(request) {
      const session = await dodo().checkoutSessions.create({
        product_cart: [{ product_id: request.productId, quantity: 1 }],
        customer: { email: request.customer.email, name: request.customer.name },
        return_url: request.returnUrl,
        metadata: checkoutMetadata(request),
      });
      // Dodo leaves the URL out only for sessions confirmed with a saved payment method.
      if (!session.checkout_url) throw new Error(`Dodo checkout ${session.session_id} came back without a URL`);
      return { url: session.checkout_url, providerCheckoutId: session.session_id };
    },

    async changePlan({ providerSubscriptionId, productId }) {
      await dodo().subscriptions.changePlan(providerSubscriptionId, {
        product_id: productId,
        quantity: 1,
        proration_billing_mode: "prorated_immediately",
      });
    },

    async cancel({ providerSubscriptionId, atPeriodEnd, reason, comment }) {
      await dodo().subscriptions.update(providerSubscriptionId, {
        ...(atPeriodEnd ? { cancel_at_next_billing_date: true } : { status: "cancelled" }),
        ...cancellationFields(reason, comment),
      });
    },

    async resume({ providerSubscriptionId }) {
      await dodo().subscriptions.update(providerSubscriptionId, { cancel_at_next_billing_date: false });
    },

    async portalUrl({ customerId, returnUrl }) {
      if (!customerId) throw new Error("no Dodo customer yet: the tenant has never checked out");
      const session = await dodo().customers.customerPortal.create(customerId, {
        send_email: false,
        return_url: returnUrl,
      });
      return session.link;
    },

    async listInvoices({ customerId }) {
      const page = await dodo().payments.list({ customer_id: customerId, page_size: invoicePageSize });
      // The API does not document its order; the interface promises newest first.
      return page.items.map(toInvoice).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    },

    /**
     * Sequential batches, so a failure leaves later batches unsent and the caller's retry resends
     * everything: Dodo ignores event ids it has already counted. Dodo rejects events stamped more
     * than an hour ago, so usage must be reported within the hour it happened.
     */
    async reportUsage(events) {
      let accepted = 0;
      for (const batch of ingestBatches(events)) {
        const { ingested_count } = await dodo().usageEvents.ingest(batch);
        accepted += ingested_count;
      }
      return { accepted };
    },

    /**
     * Standard Webhooks: `unwrap` checks the HMAC and refuses timestamps more than 5 minutes old
     * or ahead (WEBHOOK_TOLERANCE_IN_SECONDS in standardwebhooks 1.1). It skips all checks when
     * given no headers, hence the explicit header object and key.
     */
    verifyWebhook(rawBody, headers) {
      if (!config.webhookKey) throw new WebhookVerificationError("no Dodo webhook key is configured");
      const signed = signatureHeaders(headers);
      try {
        const payload: unknown = dodo().webhooks.unwrap(rawBody, { headers: signed, key: config.webhookKey });
        return { eventId: signed["webhook-id"], payload };
      } catch (error) {
        throw new WebhookVerificationError(`Dodo webhook refused: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
