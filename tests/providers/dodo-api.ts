import { randomBytes } from "node:crypto";
import { z } from "zod";
import { bearer, describeIssues, listen, parseJson, type Reply, type StandIn } from "./stand-in";

/**
 * A stand-in for the Dodo Payments API calls Keel makes (https://docs.dodopayments.com/api-reference):
 * `POST /checkouts`, `POST /subscriptions/{id}/change-plan`, `PATCH /subscriptions/{id}`,
 * `POST /customers/{id}/customer-portal/session` and `POST /events/ingest`. Errors are
 * `{ code, message }` (https://docs.dodopayments.com/api-reference/error-codes). Schemas are written
 * from dodopayments 2.52's `CheckoutSessionRequest`, `SubscriptionChangePlanParams`,
 * `SubscriptionUpdateParams`, `CustomerPortalCreateParams` and `UsageEventIngestParams`: every
 * field they list is accepted, one they do not list is refused. Nested objects Keel never sends
 * (billing address, customization, subscription data…) are accepted as objects, unchecked inside.
 */

const metadata = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const unchecked = z.record(z.string(), z.unknown());
const addon = z.object({ addon_id: z.string(), quantity: z.number().int() }).strict();

const productItem = z
  .object({
    product_id: z.string().min(1),
    quantity: z.number().int().min(1),
    addons: z.array(addon).nullable().optional(),
    amount: z.number().int().nullable().optional(),
    credit_entitlements: z.array(unchecked).nullable().optional(),
  })
  .strict();

const customer = z.union([
  z.object({ customer_id: z.string().min(1) }).strict(),
  z.object({ email: z.email(), name: z.string().nullable().optional(), phone_number: z.string().nullable().optional(), create_new_customer: z.boolean().optional() }).strict(),
]);

export const checkoutSessionRequest = z
  .object({
    product_cart: z.array(productItem).min(1),
    allowed_payment_method_types: z.array(z.string()).nullable().optional(),
    billing_address: unchecked.nullable().optional(),
    billing_currency: z.string().nullable().optional(),
    cancel_url: z.url().nullable().optional(),
    confirm: z.boolean().optional(),
    custom_fields: z.array(unchecked).nullable().optional(),
    customer: customer.nullable().optional(),
    customer_business_name: z.string().nullable().optional(),
    customization: unchecked.optional(),
    discount_code: z.string().nullable().optional(),
    discount_codes: z.array(z.string()).nullable().optional(),
    feature_flags: unchecked.optional(),
    force_3ds: z.boolean().nullable().optional(),
    mandate_min_amount_inr_paise: z.number().int().nullable().optional(),
    metadata: metadata.nullable().optional(),
    minimal_address: z.boolean().optional(),
    payment_method_id: z.string().nullable().optional(),
    product_collection_id: z.string().nullable().optional(),
    return_url: z.url().nullable().optional(),
    short_link: z.boolean().optional(),
    show_saved_payment_methods: z.boolean().optional(),
    subscription_data: unchecked.nullable().optional(),
    tax_id: z.string().nullable().optional(),
  })
  .strict();
export type CheckoutSessionRequest = z.infer<typeof checkoutSessionRequest>;

export const changePlanParams = z
  .object({
    product_id: z.string().min(1),
    proration_billing_mode: z.enum(["prorated_immediately", "full_immediately", "difference_immediately", "do_not_bill"]),
    quantity: z.number().int().min(1),
    adaptive_currency_fees_inclusive: z.boolean().nullable().optional(),
    addons: z.array(addon).nullable().optional(),
    cancel_scheduled_change_plan: z.boolean().optional(),
    collect_via_payment_link: z.boolean().optional(),
    discount_code: z.string().nullable().optional(),
    discount_codes: z.array(z.string()).nullable().optional(),
    effective_at: z.enum(["immediately", "next_billing_date"]).optional(),
    metadata: metadata.nullable().optional(),
    on_payment_failure: z.enum(["prevent_change", "apply_change"]).nullable().optional(),
  })
  .strict();

const cancellationFeedback = z.enum(["too_expensive", "missing_features", "switched_service", "unused", "customer_service", "low_quality", "too_complex", "other"]);
const subscriptionStatus = z.enum(["pending", "active", "on_hold", "paused", "cancelled", "failed", "expired", "past_due"]);

export const subscriptionUpdateParams = z
  .object({
    billing: unchecked.nullable().optional(),
    cancel_at_next_billing_date: z.boolean().nullable().optional(),
    cancel_reason: z.enum(["cancelled_by_customer", "cancelled_by_merchant", "cancelled_by_merchant_send_dunning", "cancelled_by_merchant_grace_period_expired", "dodo_team"]).nullable().optional(),
    cancellation_comment: z.string().nullable().optional(),
    cancellation_feedback: cancellationFeedback.nullable().optional(),
    credit_entitlement_cart: z.array(unchecked).nullable().optional(),
    customer_business_name: z.string().nullable().optional(),
    customer_name: z.string().nullable().optional(),
    disable_on_demand: unchecked.nullable().optional(),
    metadata: metadata.nullable().optional(),
    next_billing_date: z.string().nullable().optional(),
    pause: z.boolean().nullable().optional(),
    status: subscriptionStatus.nullable().optional(),
    subscription_period_count: z.number().int().nullable().optional(),
    subscription_period_interval: z.enum(["Day", "Week", "Month", "Year"]).nullable().optional(),
    tax_id: z.string().nullable().optional(),
  })
  .strict();
export type SubscriptionUpdate = z.infer<typeof subscriptionUpdateParams>;

const portalQuery = z.object({ return_url: z.url().optional(), send_email: z.enum(["true", "false"]).optional() }).strict();

const eventInput = z
  .object({
    customer_id: z.string().min(1),
    event_id: z.string().min(1),
    event_name: z.string().min(1),
    metadata: metadata.nullable().optional(),
    timestamp: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
export type EventInput = z.infer<typeof eventInput>;
/** Dodo's limit per ingest request. */
export const ingestLimit = 1000;
const ingestParams = z.object({ events: z.array(eventInput).min(1).max(ingestLimit) }).strict();

/** A subscription as the stand-in keeps it. */
export type DodoSubscription = {
  productId: string;
  customerId: string;
  status: z.infer<typeof subscriptionStatus>;
  cancelAtNextBillingDate: boolean;
  cancellationFeedback: string | null;
  cancellationComment: string | null;
  metadata: Record<string, string | number | boolean>;
};

export type DodoApi = StandIn & {
  checkouts: { sessionId: string; body: CheckoutSessionRequest }[];
  subscriptions: Map<string, DodoSubscription>;
  customers: Set<string>;
  portalSessions: { customerId: string; returnUrl: string | undefined; sendEmail: string | undefined }[];
  /** Each accepted ingest request's events, in order. */
  ingestBatches: EventInput[][];
  /** Every request: method, path and the status it got. */
  requests: { method: string; path: string; status: number }[];
  /** While on, every request answers 500 (the SDK's own retries included). */
  outage: boolean;
};

const problem = (status: number, code: string, message: string): Reply => ({ status, body: { code, message } });
const id = (prefix: string) => `${prefix}_${randomBytes(10).toString("hex")}`;

export async function startDodoApi(opts: { apiKey: string; products: string[] }): Promise<DodoApi> {
  const products = new Set(opts.products);
  const api = {
    checkouts: [] as DodoApi["checkouts"],
    subscriptions: new Map<string, DodoSubscription>(),
    customers: new Set<string>(),
    portalSessions: [] as DodoApi["portalSessions"],
    ingestBatches: [] as EventInput[][],
    requests: [] as DodoApi["requests"],
    outage: false,
  };
  const seenEvents = new Set<string>();
  let base = "";

  function body<S extends z.ZodType>(schema: S, text: string): { ok: true; value: z.output<S> } | { ok: false; reply: Reply } {
    const json = parseJson(text);
    if (!json.ok) return { ok: false, reply: problem(400, "INVALID_JSON", "The request body is not valid JSON.") };
    const parsed = schema.safeParse(json.value);
    if (!parsed.success) return { ok: false, reply: problem(422, "INVALID_REQUEST_BODY", describeIssues(parsed.error)) };
    return { ok: true, value: parsed.data };
  }

  function createCheckout(text: string): Reply {
    const parsed = body(checkoutSessionRequest, text);
    if (!parsed.ok) return parsed.reply;
    const unknown = parsed.value.product_cart.find((item) => !products.has(item.product_id));
    if (unknown) return problem(404, "NOT_FOUND", `Product ${unknown.product_id} does not exist.`);
    const sessionId = id("cks");
    api.checkouts.push({ sessionId, body: parsed.value });
    return { status: 200, body: { session_id: sessionId, checkout_url: `${base}/session/${sessionId}` } };
  }

  function changePlan(subscriptionId: string, text: string): Reply {
    const subscription = api.subscriptions.get(subscriptionId);
    if (!subscription) return problem(404, "NOT_FOUND", `Subscription ${subscriptionId} does not exist.`);
    const parsed = body(changePlanParams, text);
    if (!parsed.ok) return parsed.reply;
    if (!products.has(parsed.value.product_id)) return problem(404, "NOT_FOUND", `Product ${parsed.value.product_id} does not exist.`);
    if (subscription.status !== "active") return problem(409, "SUBSCRIPTION_NOT_ACTIVE", `Subscription ${subscriptionId} is ${subscription.status}.`);
    subscription.productId = parsed.value.product_id;
    return { status: 200 };
  }

  function updateSubscription(subscriptionId: string, text: string): Reply {
    const subscription = api.subscriptions.get(subscriptionId);
    if (!subscription) return problem(404, "NOT_FOUND", `Subscription ${subscriptionId} does not exist.`);
    const parsed = body(subscriptionUpdateParams, text);
    if (!parsed.ok) return parsed.reply;
    const update = parsed.value;
    if (update.pause !== undefined && update.pause !== null) return problem(422, "INVALID_REQUEST_BODY", "`pause` was removed: send `status: paused`.");
    const others = Object.keys(update).filter((key) => key !== "status");
    if ((update.status === "paused" || update.status === "active") && others.length > 0) {
      return problem(422, "INVALID_REQUEST_BODY", `\`status: ${update.status}\` must be sent alone.`);
    }
    const cancelling = update.status === "cancelled" || update.cancel_at_next_billing_date === true;
    if (!cancelling && (update.cancellation_feedback != null || update.cancellation_comment != null)) {
      return problem(422, "INVALID_REQUEST_BODY", "cancellation_feedback and cancellation_comment are only valid when cancelling or scheduling cancellation.");
    }
    if (update.status) subscription.status = update.status;
    if (update.cancel_at_next_billing_date != null) subscription.cancelAtNextBillingDate = update.cancel_at_next_billing_date;
    if (update.cancellation_feedback != null) subscription.cancellationFeedback = update.cancellation_feedback;
    if (update.cancellation_comment != null) subscription.cancellationComment = update.cancellation_comment;
    if (update.metadata != null) subscription.metadata = update.metadata;
    return {
      status: 200,
      body: { subscription_id: subscriptionId, product_id: subscription.productId, status: subscription.status, cancel_at_next_billing_date: subscription.cancelAtNextBillingDate, metadata: subscription.metadata, customer: { customer_id: subscription.customerId } },
    };
  }

  function portalSession(customerId: string, url: URL, text: string): Reply {
    if (!api.customers.has(customerId)) return problem(404, "NOT_FOUND", `Customer ${customerId} does not exist.`);
    if (text !== "" && text !== "{}") return problem(422, "INVALID_REQUEST_BODY", "This endpoint takes no body.");
    const query = portalQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return problem(422, "INVALID_REQUEST_BODY", describeIssues(query.error));
    api.portalSessions.push({ customerId, returnUrl: query.data.return_url, sendEmail: query.data.send_email });
    return { status: 200, body: { link: `${base}/portal/${customerId}/${id("session")}` } };
  }

  function ingest(text: string): Reply {
    const parsed = body(ingestParams, text);
    if (!parsed.ok) {
      const count = (parseJson(text) as { value?: { events?: unknown[] } }).value?.events?.length ?? 0;
      return count > ingestLimit ? problem(422, "INVALID_REQUEST_BODY", `At most ${ingestLimit} events per request, got ${count}.`) : parsed.reply;
    }
    const { events } = parsed.value;
    const ids = new Set(events.map((event) => event.event_id));
    if (ids.size !== events.length) return problem(422, "INVALID_REQUEST_BODY", "Duplicate event_id within one request.");
    const now = Date.now();
    for (const event of events) {
      if (!api.customers.has(event.customer_id)) return problem(404, "NOT_FOUND", `Customer ${event.customer_id} does not exist.`);
      const at = event.timestamp ? Date.parse(event.timestamp) : now;
      if (at < now - 3_600_000 || at > now + 300_000) return problem(422, "INVALID_REQUEST_BODY", `Event ${event.event_id}: timestamps more than an hour old or five minutes ahead are rejected.`);
    }
    const fresh = events.filter((event) => !seenEvents.has(event.event_id));
    for (const event of fresh) seenEvents.add(event.event_id);
    api.ingestBatches.push(events);
    return { status: 200, body: { ingested_count: fresh.length } };
  }

  function route(method: string, url: URL, text: string): Reply {
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (method === "POST" && path === "/checkouts") return createCheckout(text);
    if (method === "POST" && (match = /^\/subscriptions\/([^/]+)\/change-plan$/.exec(path))) return changePlan(decodeURIComponent(match[1]!), text);
    if (method === "PATCH" && (match = /^\/subscriptions\/([^/]+)$/.exec(path))) return updateSubscription(decodeURIComponent(match[1]!), text);
    if (method === "POST" && (match = /^\/customers\/([^/]+)\/customer-portal\/session$/.exec(path))) return portalSession(decodeURIComponent(match[1]!), url, text);
    if (method === "POST" && path === "/events/ingest") return ingest(text);
    return problem(404, "NOT_FOUND", `${method} ${path} is not an endpoint of this stand-in.`);
  }

  const server = await listen(({ method, url, headers, text }) => {
    let reply: Reply;
    if (bearer(headers) !== opts.apiKey) reply = problem(401, "UNAUTHORIZED", "Invalid or missing API key.");
    else if (api.outage) reply = problem(500, "INTERNAL_SERVER_ERROR", "An unexpected error occurred on our servers.");
    else reply = route(method, url, text);
    api.requests.push({ method, path: url.pathname, status: reply === "hang-up" ? 0 : reply.status });
    return reply;
  });
  base = server.url;
  return Object.assign(api, server);
}
