import { afterAll, describe, expect, it, vi } from "vitest";
import { startDodoApi } from "./dodo-api";

// A deployment on Dodo Payments whose API address is DODO_PAYMENTS_BASE_URL: the stand-in's, which
// is known only once it listens, so it starts before the app's modules read the environment.
const saved = vi.hoisted(() => {
  const names = ["BILLING_PROVIDER", "DODO_PAYMENTS_API_KEY", "DODO_PAYMENTS_WEBHOOK_KEY", "DODO_PAYMENTS_BASE_URL", "DODO_PRODUCT_PRO_MONTH", "DODO_PRODUCT_PRO_YEAR", "DODO_PRODUCT_CREDITS_SMALL"];
  const before = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  process.env.BILLING_PROVIDER = "dodo";
  process.env.DODO_PAYMENTS_API_KEY = "sk_test_standin_dodo";
  process.env.DODO_PAYMENTS_WEBHOOK_KEY = "whsec_ZG9kby1zdGFuZC1pbi13ZWJob29rLWtleQ==";
  process.env.DODO_PRODUCT_PRO_MONTH = "pdt_standin_pro_month";
  process.env.DODO_PRODUCT_PRO_YEAR = "pdt_standin_pro_year";
  process.env.DODO_PRODUCT_CREDITS_SMALL = "pdt_standin_credits_small";
  return before;
});

const dodo = await startDodoApi({ apiKey: "sk_test_standin_dodo", products: ["pdt_standin_pro_month", "pdt_standin_pro_year", "pdt_standin_credits_small"] });
process.env.DODO_PAYMENTS_BASE_URL = dodo.url;

const { eq } = await import("drizzle-orm");
const { db } = await import("@/db/client");
const { auditLogs } = await import("@/db/schema/audit");
const { checkouts, subscriptions } = await import("@/db/schema/billing");
const { appUrl } = await import("@/lib/auth/config");
const { billingProvider } = await import("@/lib/billing/providers");
const { createTeam } = await import("@/seed/factories");
const { call, callJson, signIn } = await import("../client");
const { signed } = await import("../billing-helpers");

afterAll(async () => {
  await dodo.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** A tenant on a trial, its owner signed in. */
async function trialTenant(label: string) {
  const team = await createTeam(label, { plan: "pro", state: "trialing" });
  return { ...team, cookie: await signIn(team.people.owner) };
}

/**
 * A tenant with an active Dodo subscription, as Dodo would leave it: the subscription and its
 * customer exist at the stand-in, and Keel learned of them from a signed `subscription.active`.
 */
async function subscribedTenant(label: string) {
  const team = await trialTenant(label);
  const run = team.tenant.id.slice(-10);
  const subscriptionId = `sub_standin_${run}`;
  const customerId = `cus_standin_${run}`;
  dodo.customers.add(customerId);
  dodo.subscriptions.set(subscriptionId, { productId: "pdt_standin_pro_month", customerId, status: "active", cancelAtNextBillingDate: false, cancellationFeedback: null, cancellationComment: null, metadata: { tenant_id: team.tenant.id } });
  const body = JSON.stringify({
    business_id: "bus_standin",
    type: "subscription.active",
    timestamp: new Date().toISOString(),
    data: { subscription_id: subscriptionId, product_id: "pdt_standin_pro_month", status: "active", next_billing_date: new Date(Date.now() + 30 * 86_400_000).toISOString(), cancel_at_next_billing_date: false, metadata: { tenant_id: team.tenant.id }, customer: { customer_id: customerId, email: team.people.owner.email, name: team.people.owner.name } },
  });
  const delivered = await call("POST", "/billing/webhooks/dodo", { rawBody: body, headers: signed(body, { secret: process.env.DODO_PAYMENTS_WEBHOOK_KEY }).headers });
  expect(delivered.status).toBe(200);
  return { ...team, subscriptionId, customerId };
}

describe("Dodo API stand-in, driven by the billing routes and the dodopayments SDK", () => {
  it("starts a subscription checkout with the plan's product, the customer and the tenant metadata", async () => {
    const { tenant, people, cookie } = await trialTenant("dodo-checkout");
    const res = await callJson<{ checkoutId: string; url: string }>("POST", "/billing/checkout", { cookie, body: { plan: "pro", interval: "year" } });
    expect(res.status).toBe(200);

    const session = dodo.checkouts.find((checkout) => checkout.body.metadata?.tenant_id === tenant.id);
    expect(session?.body).toEqual({
      product_cart: [{ product_id: "pdt_standin_pro_year", quantity: 1 }],
      customer: { email: people.owner.email, name: people.owner.name },
      return_url: `${appUrl}/dashboard/billing?checkout=${res.body.checkoutId}`,
      metadata: { tenant_id: tenant.id, checkout_id: res.body.checkoutId, kind: "subscription", plan: "pro", interval: "year" },
    });
    expect(res.body.url).toBe(`${dodo.url}/session/${session!.sessionId}`);
    const [row] = await db.select().from(checkouts).where(eq(checkouts.id, res.body.checkoutId));
    expect(row).toMatchObject({ tenantId: tenant.id, provider: "dodo", status: "open", url: res.body.url, providerCheckoutId: session!.sessionId });
  });

  it("starts a credit-pack checkout with the pack's product and metadata", async () => {
    const { tenant, cookie } = await trialTenant("dodo-topup");
    const res = await callJson<{ checkoutId: string }>("POST", "/billing/topup", { cookie, body: { pack: "small" } });
    expect(res.status).toBe(200);
    const session = dodo.checkouts.find((checkout) => checkout.body.metadata?.tenant_id === tenant.id);
    expect(session?.body).toMatchObject({ product_cart: [{ product_id: "pdt_standin_credits_small", quantity: 1 }], metadata: { tenant_id: tenant.id, checkout_id: res.body.checkoutId, kind: "credits", pack: "small" } });
  });

  it("changes the plan, opens the portal and cancels with feedback at the period's end", async () => {
    const { tenant, cookie, subscriptionId, customerId } = await subscribedTenant("dodo-manage");

    const changed = await call("PATCH", "/billing/subscription", { cookie, body: { plan: "pro", interval: "year" } });
    expect(changed.status).toBe(200);
    expect(dodo.subscriptions.get(subscriptionId)?.productId).toBe("pdt_standin_pro_year");

    const portal = await callJson<{ url: string }>("GET", "/billing/portal", { cookie });
    expect(portal.status).toBe(200);
    expect(portal.body.url.startsWith(`${dodo.url}/portal/${customerId}/`)).toBe(true);
    expect(dodo.portalSessions.filter((session) => session.customerId === customerId)).toEqual([{ customerId, returnUrl: `${appUrl}/dashboard/billing`, sendEmail: "false" }]);

    const cancelled = await call("DELETE", "/billing/subscription", { cookie, body: { reason: "missing_feature", comment: "needs SAML" } });
    expect(cancelled.status).toBe(200);
    expect(dodo.subscriptions.get(subscriptionId)).toMatchObject({ status: "active", cancelAtNextBillingDate: true, cancellationFeedback: "missing_features", cancellationComment: "needs SAML", metadata: { tenant_id: tenant.id } });
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.providerSubscriptionId, subscriptionId));
    expect(row).toMatchObject({ cancelReason: "missing_feature", cancelComment: "needs SAML" });
  });

  it("reports usage in requests of at most 1000 events, each event counted once", async () => {
    const customerId = `cus_standin_usage_${Date.now()}`;
    dodo.customers.add(customerId);
    const at = new Date();
    const events = Array.from({ length: 2500 }, (_, i) => ({ eventId: `evt_standin_${customerId}_${i}`, customerId, meter: "api_calls", quantity: i + 1, timestamp: at }));
    const before = dodo.ingestBatches.length;

    // One repeat inside the report: the adapter drops it (Dodo would refuse the whole request).
    expect(await billingProvider().reportUsage([...events, events[0]!])).toEqual({ accepted: 2500 });
    const batches = dodo.ingestBatches.slice(before);
    expect(batches.map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    expect(batches.flat().map((event) => event.event_id)).toEqual(events.map((event) => event.eventId));
    expect(batches[0]![1]).toEqual({ event_id: events[1]!.eventId, customer_id: customerId, event_name: "api_calls", timestamp: at.toISOString(), metadata: { quantity: 2 } });

    // A retried report (the job crashed after Dodo answered): Dodo counts nothing twice.
    expect(await billingProvider().reportUsage(events.slice(0, 10))).toEqual({ accepted: 0 });
  });

  it("answers 503 provider_unavailable when Dodo fails, and writes nothing", async () => {
    const { tenant, cookie, subscriptionId } = await subscribedTenant("dodo-outage");
    const other = await trialTenant("dodo-outage-checkout");
    const [subscriptionBefore] = await db.select().from(subscriptions).where(eq(subscriptions.providerSubscriptionId, subscriptionId));
    const auditsBefore = await db.select().from(auditLogs).where(eq(auditLogs.tenantId, tenant.id));
    dodo.outage = true;
    try {
      const answers = await Promise.all([
        callJson<{ error: { code: string } }>("POST", "/billing/checkout", { cookie: other.cookie, body: { plan: "pro", interval: "month" } }),
        callJson<{ error: { code: string } }>("PATCH", "/billing/subscription", { cookie, body: { plan: "pro", interval: "year" } }),
        callJson<{ error: { code: string } }>("DELETE", "/billing/subscription", { cookie, body: { reason: "too_expensive" } }),
        callJson<{ error: { code: string } }>("GET", "/billing/portal", { cookie }),
      ]);
      expect(answers.map((answer) => [answer.status, answer.body.error.code])).toEqual(Array.from({ length: 4 }, () => [503, "provider_unavailable"]));
      // Each call was tried three times: the SDK retries a 5xx twice before giving up.
      expect(dodo.requests.filter((request) => request.status === 500)).toHaveLength(12);
    } finally {
      dodo.outage = false;
    }
    // No checkout without a URL, the subscription row as it was, no audit of a change that did not happen.
    expect(await db.select().from(checkouts).where(eq(checkouts.tenantId, other.tenant.id))).toEqual([]);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.providerSubscriptionId, subscriptionId)))[0]).toEqual(subscriptionBefore);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.tenantId, tenant.id))).toEqual(auditsBefore);
    expect(dodo.subscriptions.get(subscriptionId)).toMatchObject({ productId: "pdt_standin_pro_month", cancelAtNextBillingDate: false });
  });
});
