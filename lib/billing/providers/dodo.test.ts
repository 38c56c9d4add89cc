import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dodoProvider } from "./dodo";
import { type UsageReport, WebhookVerificationError } from "./types";

type Recorded = { method: string; url: URL; body: unknown; authorization: string | null };
type Reply = { status?: number; json: unknown };

/** A fetch that records each request and answers from `reply`; no network is touched. */
function fakeDodo(reply: (request: Recorded) => Reply = () => ({ json: {} })) {
  const requests: Recorded[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = await request.text();
    const recorded: Recorded = {
      method: request.method,
      url: new URL(request.url),
      body: text ? JSON.parse(text) : undefined,
      authorization: request.headers.get("authorization"),
    };
    requests.push(recorded);
    const { status = 200, json } = reply(recorded);
    return new Response(JSON.stringify(json), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch, requests };
}

const secret = `whsec_${Buffer.from("keel-dodo-adapter-test-secret").toString("base64")}`;

function provider(fetch: typeof globalThis.fetch, overrides: { webhookKey?: string; environment?: "test_mode" | "live_mode" } = {}) {
  return dodoProvider({ apiKey: "sk_test_123", webhookKey: secret, environment: "test_mode", fetch, ...overrides });
}

afterEach(() => vi.unstubAllEnvs());

describe("dodo provider: API calls", () => {
  it("builds no client and sends nothing until a method is called", () => {
    const dodo = fakeDodo();
    provider(dodo.fetch);
    expect(dodo.requests).toHaveLength(0);
  });

  it("creates a checkout with the product, customer and tenant metadata", async () => {
    const dodo = fakeDodo(() => ({ json: { session_id: "cks_1", checkout_url: "https://test.checkout.dodopayments.com/cks_1" } }));
    const result = await provider(dodo.fetch).createCheckout({
      kind: "subscription",
      plan: "pro",
      interval: "year",
      checkoutId: "chk_1",
      tenantId: "ten_1",
      customer: { email: "ada@example.com", name: "Ada" },
      returnUrl: "https://keel.example/billing",
      productId: "pdt_pro_year",
    });
    expect(result).toEqual({ url: "https://test.checkout.dodopayments.com/cks_1", providerCheckoutId: "cks_1" });
    const [request] = dodo.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url.origin).toBe("https://test.dodopayments.com");
    expect(request?.url.pathname).toBe("/checkouts");
    expect(request?.authorization).toBe("Bearer sk_test_123");
    expect(request?.body).toEqual({
      product_cart: [{ product_id: "pdt_pro_year", quantity: 1 }],
      customer: { email: "ada@example.com", name: "Ada" },
      return_url: "https://keel.example/billing",
      metadata: { tenant_id: "ten_1", checkout_id: "chk_1", kind: "subscription", plan: "pro", interval: "year" },
    });
  });

  it("puts the credit pack in a credits checkout's metadata and talks to live_mode when told", async () => {
    const dodo = fakeDodo(() => ({ json: { session_id: "cks_2", checkout_url: "https://checkout.dodopayments.com/cks_2" } }));
    await provider(dodo.fetch, { environment: "live_mode" }).createCheckout({
      kind: "credits",
      pack: "medium",
      checkoutId: "chk_2",
      tenantId: "ten_2",
      customer: { email: "grace@example.com", name: "Grace" },
      returnUrl: "https://keel.example/billing",
      productId: "pdt_credits_medium",
    });
    expect(dodo.requests[0]?.url.origin).toBe("https://live.dodopayments.com");
    expect(dodo.requests[0]?.body).toMatchObject({ metadata: { tenant_id: "ten_2", checkout_id: "chk_2", kind: "credits", pack: "medium" } });
  });

  it("takes its URL from its config only: the SDK never reads DODO_PAYMENTS_BASE_URL itself", async () => {
    vi.stubEnv("DODO_PAYMENTS_BASE_URL", "https://elsewhere.example");
    const dodo = fakeDodo();
    await provider(dodo.fetch).resume({ providerSubscriptionId: "sub_1" });
    expect(dodo.requests[0]?.url.origin).toBe("https://test.dodopayments.com");
  });

  it("sends requests to a configured base URL instead of the environment's", async () => {
    const dodo = fakeDodo();
    await dodoProvider({ apiKey: "sk_test_123", webhookKey: secret, environment: "live_mode", baseUrl: "http://127.0.0.1:4010/dodo", fetch: dodo.fetch }).resume({ providerSubscriptionId: "sub_1" });
    expect(dodo.requests[0]?.url.href).toBe("http://127.0.0.1:4010/dodo/subscriptions/sub_1");
  });

  it("refuses a checkout answer without a URL", async () => {
    const dodo = fakeDodo(() => ({ json: { session_id: "cks_3", checkout_url: null } }));
    const checkout = provider(dodo.fetch).createCheckout({
      kind: "credits",
      pack: "small",
      checkoutId: "chk_3",
      tenantId: "ten_3",
      customer: { email: "a@example.com", name: "A" },
      returnUrl: "https://keel.example/billing",
      productId: "pdt_small",
    });
    await expect(checkout).rejects.toThrow(/without a URL/);
  });

  it("changes plan with immediate proration", async () => {
    const dodo = fakeDodo();
    await provider(dodo.fetch).changePlan({ providerSubscriptionId: "sub_1", productId: "pdt_starter_month" });
    expect(dodo.requests[0]).toMatchObject({
      method: "POST",
      url: expect.objectContaining({ pathname: "/subscriptions/sub_1/change-plan" }),
      body: { product_id: "pdt_starter_month", quantity: 1, proration_billing_mode: "prorated_immediately" },
    });
  });

  it.each([
    {
      name: "at period end, with the reason mapped",
      input: { atPeriodEnd: true, reason: "missing_feature", comment: "needs SSO" },
      body: { cancel_at_next_billing_date: true, cancellation_feedback: "missing_features", cancellation_comment: "needs SSO" },
    },
    {
      name: "now, with a reason Dodo has no word for kept in the comment",
      input: { atPeriodEnd: false, reason: "just_testing", comment: undefined },
      body: { status: "cancelled", cancellation_feedback: "other", cancellation_comment: "reason: just_testing" },
    },
    {
      name: "now, switching provider",
      input: { atPeriodEnd: false, reason: "switching_provider", comment: undefined },
      body: { status: "cancelled", cancellation_feedback: "switched_service" },
    },
  ] as const)("cancels $name", async ({ input, body }) => {
    const dodo = fakeDodo();
    await provider(dodo.fetch).cancel({ providerSubscriptionId: "sub_9", ...input });
    expect(dodo.requests[0]?.method).toBe("PATCH");
    expect(dodo.requests[0]?.url.pathname).toBe("/subscriptions/sub_9");
    expect(dodo.requests[0]?.body).toEqual(body);
  });

  it("resumes by clearing cancel_at_next_billing_date", async () => {
    const dodo = fakeDodo();
    await provider(dodo.fetch).resume({ providerSubscriptionId: "sub_2" });
    expect(dodo.requests[0]).toMatchObject({ method: "PATCH", body: { cancel_at_next_billing_date: false } });
    expect(dodo.requests[0]?.url.pathname).toBe("/subscriptions/sub_2");
  });

  it("passes Dodo's errors on", async () => {
    const dodo = fakeDodo(() => ({ status: 422, json: { code: "INVALID", message: "no such product" } }));
    await expect(provider(dodo.fetch).changePlan({ providerSubscriptionId: "sub_1", productId: "nope" })).rejects.toThrow(/422/);
    expect(dodo.requests).toHaveLength(1);
  });

  it("opens a customer portal session without emailing the customer", async () => {
    const dodo = fakeDodo(() => ({ json: { link: "https://customer.dodopayments.com/session/abc" } }));
    const url = await provider(dodo.fetch).portalUrl({ tenantId: "ten_1", customerId: "cus_1", returnUrl: "https://keel.example/billing" });
    expect(url).toBe("https://customer.dodopayments.com/session/abc");
    const [request] = dodo.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url.pathname).toBe("/customers/cus_1/customer-portal/session");
    expect(request?.url.searchParams.get("send_email")).toBe("false");
    expect(request?.url.searchParams.get("return_url")).toBe("https://keel.example/billing");
  });

  it("refuses a portal for a tenant with no Dodo customer", async () => {
    const dodo = fakeDodo();
    await expect(provider(dodo.fetch).portalUrl({ tenantId: "ten_1", customerId: null, returnUrl: "https://keel.example" })).rejects.toThrow(
      "no Dodo customer yet: the tenant has never checked out",
    );
    expect(dodo.requests).toHaveLength(0);
  });

  it("lists the first page of payments as invoices, newest first", async () => {
    const payment = (id: string, status: string | null, createdAt: string, invoiceUrl?: string) => ({
      payment_id: id,
      status,
      created_at: createdAt,
      total_amount: 4000,
      currency: "USD",
      invoice_url: invoiceUrl,
    });
    const dodo = fakeDodo(() => ({
      json: {
        items: [
          payment("pay_old", "succeeded", "2026-01-01T00:00:00Z", "https://dodo.example/inv/1.pdf"),
          payment("pay_failed", "failed", "2026-02-01T00:00:00Z"),
          payment("pay_cancelled", "cancelled", "2026-03-01T00:00:00Z"),
          payment("pay_processing", "processing", "2026-04-01T00:00:00Z"),
          payment("pay_unknown", null, "2026-05-01T00:00:00Z"),
        ],
      },
    }));
    const invoices = await provider(dodo.fetch).listInvoices({ tenantId: "ten_1", customerId: "cus_1" });
    const [request] = dodo.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url.pathname).toBe("/payments");
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({ customer_id: "cus_1", page_size: "50" });
    expect(dodo.requests).toHaveLength(1);
    expect(invoices.map((invoice) => [invoice.providerPaymentId, invoice.status])).toEqual([
      ["pay_unknown", "pending"],
      ["pay_processing", "pending"],
      ["pay_cancelled", "failed"],
      ["pay_failed", "failed"],
      ["pay_old", "paid"],
    ]);
    expect(invoices[4]).toEqual({
      providerPaymentId: "pay_old",
      amount: 4000,
      currency: "usd",
      status: "paid",
      createdAt: new Date("2026-01-01T00:00:00Z"),
      url: "https://dodo.example/inv/1.pdf",
    });
    expect(invoices[0]?.url).toBeNull();
  });
});

describe("dodo provider: usage", () => {
  const usage = (count: number, at = new Date("2026-06-01T12:00:00Z")): UsageReport[] =>
    Array.from({ length: count }, (_, index) => ({ eventId: `use_${index}`, customerId: "cus_1", meter: "api.request", quantity: index + 1, timestamp: at }));

  it("ingests in batches of at most 1000", async () => {
    const dodo = fakeDodo((request) => ({ json: { ingested_count: (request.body as { events: unknown[] }).events.length } }));
    const result = await provider(dodo.fetch).reportUsage(usage(2500));
    expect(dodo.requests.map((request) => [request.method, request.url.pathname])).toEqual(Array(3).fill(["POST", "/events/ingest"]));
    expect(dodo.requests.map((request) => (request.body as { events: unknown[] }).events.length)).toEqual([1000, 1000, 500]);
    expect(result).toEqual({ accepted: 2500 });
    expect((dodo.requests[2]?.body as { events: unknown[] }).events.at(-1)).toEqual({
      event_id: "use_2499",
      customer_id: "cus_1",
      event_name: "api.request",
      timestamp: "2026-06-01T12:00:00.000Z",
      metadata: { quantity: 2500 },
    });
  });

  it("drops repeated event ids, which would fail a whole request", async () => {
    const dodo = fakeDodo(() => ({ json: { ingested_count: 2 } }));
    const [first, second] = usage(2);
    await provider(dodo.fetch).reportUsage([first!, second!, { ...first!, quantity: 99 }]);
    const events = (dodo.requests[0]?.body as { events: { event_id: string; metadata: { quantity: number } }[] }).events;
    expect(events.map((event) => [event.event_id, event.metadata.quantity])).toEqual([
      ["use_0", 1],
      ["use_1", 2],
    ]);
  });

  it("reports Dodo's count, which leaves out ids it has already counted", async () => {
    const dodo = fakeDodo(() => ({ json: { ingested_count: 1 } }));
    expect(await provider(dodo.fetch).reportUsage(usage(3))).toEqual({ accepted: 1 });
  });

  it("sends nothing for no usage", async () => {
    const dodo = fakeDodo();
    expect(await provider(dodo.fetch).reportUsage([])).toEqual({ accepted: 0 });
    expect(dodo.requests).toHaveLength(0);
  });
});

describe("dodo provider: webhooks", () => {
  const body = JSON.stringify({ business_id: "bus_1", type: "subscription.active", timestamp: "2026-06-01T12:00:00Z", data: { metadata: { tenant_id: "ten_1" } } });

  function signed(payload: string, options: { key?: string; at?: Date; id?: string } = {}) {
    const { key = secret, at = new Date(), id = "msg_1" } = options;
    return new Headers({
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new Webhook(key).sign(id, at, payload),
    });
  }

  it("verifies a signed payload and returns it with its id", () => {
    const dodo = fakeDodo();
    const result = provider(dodo.fetch).verifyWebhook(body, signed(body, { id: "msg_42" }));
    expect(result).toEqual({ eventId: "msg_42", payload: JSON.parse(body) });
    expect(dodo.requests).toHaveLength(0);
  });

  it("refuses a tampered body", () => {
    const headers = signed(body);
    const tampered = body.replace("ten_1", "ten_2");
    expect(() => provider(fakeDodo().fetch).verifyWebhook(tampered, headers)).toThrow(WebhookVerificationError);
  });

  it("refuses a signature made with another secret", () => {
    const other = `whsec_${Buffer.from("someone-else").toString("base64")}`;
    expect(() => provider(fakeDodo().fetch).verifyWebhook(body, signed(body, { key: other }))).toThrow(WebhookVerificationError);
  });

  it("refuses a timestamp 10 minutes old, even correctly signed", () => {
    const headers = signed(body, { at: new Date(Date.now() - 10 * 60 * 1000) });
    expect(() => provider(fakeDodo().fetch).verifyWebhook(body, headers)).toThrow(/too old/);
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])("refuses a request without %s", (name) => {
    const headers = signed(body);
    headers.delete(name);
    expect(() => provider(fakeDodo().fetch).verifyWebhook(body, headers)).toThrow(WebhookVerificationError);
  });

  it("refuses everything when no webhook key is configured, whatever the process env holds", () => {
    vi.stubEnv("DODO_PAYMENTS_WEBHOOK_KEY", secret);
    const unkeyed = dodoProvider({ apiKey: "sk_test_123", webhookKey: undefined, environment: "test_mode", fetch: fakeDodo().fetch });
    expect(() => unkeyed.verifyWebhook(body, signed(body))).toThrow(WebhookVerificationError);
  });
});
