import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readTenantPlan } from "@/lib/plans";
import { timesApplied } from "./billing-apply-count";

vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));

// A deployment configured for Dodo: its webhooks arrive at /billing/webhooks/dodo.
const dodoKey = "whsec_ZG9kby10ZXN0LXdlYmhvb2sta2V5LWZvci1rZWVs";
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["BILLING_PROVIDER", "DODO_PAYMENTS_API_KEY", "DODO_PAYMENTS_WEBHOOK_KEY", "DODO_PRODUCT_PRO_MONTH", "DODO_PRODUCT_CREDITS_SMALL"].map((name) => [name, process.env[name]]));
  process.env.BILLING_PROVIDER = "dodo";
  process.env.DODO_PAYMENTS_API_KEY = "test-key-not-used-offline";
  process.env.DODO_PAYMENTS_WEBHOOK_KEY = "whsec_ZG9kby10ZXN0LXdlYmhvb2sta2V5LWZvci1rZWVs";
  process.env.DODO_PRODUCT_PRO_MONTH = "pdt_pro_monthly";
  process.env.DODO_PRODUCT_CREDITS_SMALL = "pdt_credits_small";
  return before;
});

// Test files can share a worker process: give the next file the environment it started with.
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const { db } = await import("@/db/client");
const { getBalance } = await import("@/lib/credits");
const { createTeam } = await import("@/seed/factories");
const { createCheckout } = await import("@/seed/billing");
const { billingEvents, billingStateChanges, checkouts, invoices } = await import("@/db/schema/billing");
const { creditLedger } = await import("@/db/schema/credits");
const { call } = await import("./client");
const { signed } = await import("./billing-helpers");

function post(provider: string, delivery: { body: string; headers: Record<string, string> }) {
  return call("POST", `/billing/webhooks/${provider}`, { rawBody: delivery.body, headers: delivery.headers });
}

describe("Dodo webhooks", () => {
  it("verifies with the Dodo key and applies Dodo's payloads through the same normalizer", async () => {
    const { tenant } = await createTeam("dodo", { state: "trialing", plan: "pro" });
    const checkout = await createCheckout({ tenant });
    const at = new Date().toISOString();
    // Provider ids unique to this run: a Postgres test database outlives runs, and a subscription id
    // seen before belongs to the tenant that first had it.
    const run = tenant.id.slice(-10);
    const subscription = JSON.stringify({
      business_id: "bus_1",
      type: "subscription.active",
      timestamp: at,
      data: { subscription_id: `sub_dodo_${run}`, product_id: "pdt_pro_monthly", status: "active", next_billing_date: new Date(Date.now() + 30 * 86_400_000).toISOString(), cancel_at_next_billing_date: false, metadata: { tenant_id: tenant.id }, customer: { customer_id: `cus_dodo_${run}`, email: "x@example.com", name: "X" } },
    });
    const payment = JSON.stringify({
      business_id: "bus_1",
      type: "payment.succeeded",
      timestamp: at,
      data: { payment_id: `pay_dodo_${run}`, subscription_id: null, total_amount: 1000, currency: "USD", status: "succeeded", product_cart: [{ product_id: "pdt_credits_small", quantity: 1 }], metadata: { tenant_id: tenant.id, checkout_id: checkout.id }, customer: { customer_id: `cus_dodo_${run}` } },
    });
    for (const body of [subscription, payment]) {
      const delivery = signed(body, { secret: dodoKey });
      const first = await post("dodo", delivery);
      expect([first.status, (await first.json()).status]).toEqual([200, "applied"]);
      // Dodo redelivers under the same webhook-id: answered 200 (so it stops) and not applied again.
      const again = await post("dodo", delivery);
      expect([again.status, await again.json()]).toEqual([200, { status: "duplicate", outcome: "already received" }]);
      expect(timesApplied.get(delivery.id)).toBe(1);
    }
    const row = await readTenantPlan(db, tenant.id);
    expect(row).toMatchObject({ state: "active", plan: "pro" });
    expect(await getBalance({ tenantId: tenant.id })).toBe(1000); // the pack; no subscription payment was sent, so no allowance
    const [closed] = await db.select({ status: checkouts.status }).from(checkouts).where(eq(checkouts.id, checkout.id));
    expect(closed?.status).toBe("completed"); // the billing page stops waiting
    // Each effect once: one stored event each, one state change, one invoice, one ledger grant.
    expect(await db.select().from(billingEvents).where(eq(billingEvents.tenantId, tenant.id))).toHaveLength(2);
    const changes = await db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenant.id));
    expect(changes.map((c) => `${c.from}→${c.to}`)).toEqual(["trialing→active"]);
    expect(await db.select().from(invoices).where(eq(invoices.tenantId, tenant.id))).toHaveLength(1);
    expect(await db.select().from(creditLedger).where(eq(creditLedger.tenantId, tenant.id))).toHaveLength(1);
  });

  it("refuses a payload signed with another key, and the simulator endpoint while Dodo is the provider", async () => {
    const body = JSON.stringify({ business_id: "bus_1", type: "payment.succeeded", timestamp: new Date().toISOString(), data: {} });
    expect((await post("dodo", signed(body))).status).toBe(401); // signed with the simulator's secret
    expect((await post("simulator", signed(body))).status).toBe(404);
  });
});
