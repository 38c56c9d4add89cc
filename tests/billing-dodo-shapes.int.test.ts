import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { DodoFixtureName, FixtureOptions } from "./dodo-fixtures";

// A deployment configured for Dodo, with the products the fixtures sell.
const dodoKey = "whsec_ZG9kby1zaGFwZXMtdGVzdC1rZXktZm9yLWtlZWw=";
const saved = vi.hoisted(() => {
  const values: Record<string, string> = {
    BILLING_PROVIDER: "dodo",
    DODO_PAYMENTS_API_KEY: "test-key-not-used-offline",
    DODO_PAYMENTS_WEBHOOK_KEY: "whsec_ZG9kby1zaGFwZXMtdGVzdC1rZXktZm9yLWtlZWw=",
    DODO_PRODUCT_PRO_MONTH: "pdt_pro_monthly",
    DODO_PRODUCT_STARTER_MONTH: "pdt_starter_monthly",
    DODO_PRODUCT_CREDITS_SMALL: "pdt_credits_small",
  };
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
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
const { auditLogs } = await import("@/db/schema/audit");
const { billingNotices, checkouts, invoices, subscriptions } = await import("@/db/schema/billing");
const { creditGrants } = await import("@/db/schema/credits");
const { readBillingAccount, writeBillingAccount } = await import("@/lib/billing/account");
const { addInterval } = await import("@/lib/billing/periods");
const { getBalance } = await import("@/lib/credits");
const { createTeam } = await import("@/seed/factories");
const { createCheckout } = await import("@/seed/billing");
const { call, callJson, signIn } = await import("./client");
const { signed } = await import("./billing-helpers");
const { dodoFixture, shifted } = await import("./dodo-fixtures");

const day = 86_400_000;

/**
 * Each case posts Dodo's own payloads (tests/providers/dodo/webhooks/*.json), signed with the
 * endpoint's key, to /billing/webhooks/dodo, and checks what the tenant ends with. Every delivery
 * must be read and applied: a shape the normalizer misreads shows up here as an `unreadable: …`
 * or `ignored: …` outcome, or as a state, credit or invoice that is not what Dodo meant.
 */
async function dodoTenant(label: string, state: "trialing" | "free" = "trialing") {
  const { tenant, people } = await createTeam(label, { state, plan: state === "trialing" ? "pro" : "free" });
  // The fixture timeline starts an hour ago; later events land after now, in order.
  const start = new Date(Date.now() - 3_600_000);
  const options: Omit<FixtureOptions, "data" | "timestamp" | "checkoutId"> = { tenantId: tenant.id, run: tenant.id.slice(-10), start };
  async function send(name: DodoFixtureName, extra: Partial<FixtureOptions> = {}) {
    const { body } = dodoFixture(name, { ...options, ...extra });
    const res = await call("POST", "/billing/webhooks/dodo", { rawBody: body, headers: signed(body, { secret: dodoKey }).headers });
    expect(res.status, name).toBe(200);
    const answer = (await res.json()) as { status: string; outcome: string };
    expect(answer.status, `${name}: ${answer.outcome}`).toBe("applied");
    expect(answer.outcome, name).not.toMatch(/^(unreadable|ignored)/);
    return answer.outcome;
  }
  const account = () => readBillingAccount(db, tenant.id);
  const invoiceRows = () => db.select().from(invoices).where(eq(invoices.tenantId, tenant.id));
  const at = (fixtureTime: string) => shifted(fixtureTime, start);
  return { tenant, people, send, account, invoiceRows, at };
}

describe("Dodo's webhook shapes, through POST /billing/webhooks/dodo", () => {
  it("subscription.active after its first payment.succeeded (product_cart: null): active on Pro, one allowance, one invoice, checkout closed", async () => {
    const t = await dodoTenant("shape-active");
    const checkout = await createCheckout({ tenant: t.tenant, plan: { plan: "pro", interval: "month" }, provider: "dodo" });
    // Same timestamp; the charge first, the order Dodo does not rule out.
    await t.send("payment.succeeded", { checkoutId: checkout.id });
    await t.send("subscription.active", { checkoutId: checkout.id });
    expect(await t.account()).toMatchObject({ state: "active", plan: "pro", trialEndsAt: null, currentPeriodEnd: t.at("2026-04-02T10:15:00Z") });
    expect(await getBalance({ tenantId: t.tenant.id })).toBe(20_000);
    const [grant] = await db.select().from(creditGrants).where(eq(creditGrants.tenantId, t.tenant.id));
    expect(grant?.expiresAt).toEqual(addInterval(t.at("2026-03-02T10:15:00Z"), "month")); // the end of the period it paid for
    expect((await t.invoiceRows()).map((i) => [i.kind, i.status, i.amount, i.currency, i.description])).toEqual([["subscription", "paid", 4900, "usd", "Pro (monthly)"]]);
    const [closed] = await db.select({ status: checkouts.status }).from(checkouts).where(eq(checkouts.id, checkout.id));
    expect(closed?.status).toBe("completed");
  });

  it("subscription.renewed and the renewal's payment: a second allowance and invoice, and the new period end", async () => {
    const t = await dodoTenant("shape-renewed");
    await t.send("subscription.active");
    await t.send("payment.succeeded");
    await t.send("subscription.renewed");
    await t.send("payment.succeeded", { timestamp: "2026-04-02T10:15:04Z", data: { payment_id: "pay_renewal", created_at: "2026-04-02T10:15:04Z" } });
    expect(await t.account()).toMatchObject({ state: "active", currentPeriodEnd: t.at("2026-05-02T10:15:00Z") });
    expect(await getBalance({ tenantId: t.tenant.id })).toBe(40_000);
    expect((await t.invoiceRows()).map((i) => i.status)).toEqual(["paid", "paid"]);
  });

  it("payment.failed and subscription.past_due: past due until Dodo's past_due_ends_at (not BILLING_GRACE_DAYS), in either order; on_hold keeps dunning", async () => {
    for (const order of [["payment.failed", "subscription.past_due"], ["subscription.past_due", "payment.failed"]] as const) {
      const t = await dodoTenant(`shape-past-due-${order[0]}`);
      await t.send("subscription.active");
      await t.send("payment.succeeded");
      for (const name of order) await t.send(name);
      const deadline = t.at("2026-05-05T10:15:04Z");
      const account = await t.account();
      expect(account).toMatchObject({ state: "past_due", plan: "pro", graceUntil: deadline });
      // Dodo's window here is 3 days: Keel's own 7 would have been wrong.
      expect(deadline.getTime() - account.pastDueSince!.getTime()).toBeLessThan(4 * day);
      expect((await t.invoiceRows()).map((i) => i.status).sort()).toEqual(["failed", "paid"]);
      const notices = await db.select().from(billingNotices).where(eq(billingNotices.tenantId, t.tenant.id));
      expect(notices.map((n) => n.key.split(":").at(-1))).toEqual(["day0"]);

      expect(await t.send("subscription.on_hold")).toBe("applied: still in dunning");
      expect(await t.account()).toMatchObject({ state: "past_due", graceUntil: deadline });
    }
  });

  it("subscription.plan_changed moves the tenant and its subscription to the new plan", async () => {
    const t = await dodoTenant("shape-plan-changed");
    await t.send("subscription.active");
    await t.send("subscription.plan_changed");
    expect(await t.account()).toMatchObject({ state: "active", plan: "starter" });
    const [row] = await db.select({ plan: subscriptions.plan, interval: subscriptions.interval }).from(subscriptions).where(eq(subscriptions.tenantId, t.tenant.id));
    expect(row).toEqual({ plan: "starter", interval: "month" });
  });

  it.each(["subscription.cancelled", "subscription.expired"] as const)("%s ends a paid subscription: canceled, on free", async (name) => {
    const t = await dodoTenant(`shape-${name}`);
    await t.send("subscription.active");
    await t.send(name);
    expect(await t.account()).toMatchObject({ state: "canceled", plan: "free", graceUntil: null });
  });

  it("subscription.failed on a trial's first checkout keeps the trial, declines the checkout, audits it, and shows it to the tenant", async () => {
    const t = await dodoTenant("shape-failed");
    const trialEndsAt = new Date(Date.now() + 10 * day);
    await writeBillingAccount(db, t.tenant.id, { trialEndsAt }, new Date());
    const checkout = await createCheckout({ tenant: t.tenant, plan: { plan: "pro", interval: "month" }, provider: "dodo" });
    expect(await t.send("subscription.failed", { checkoutId: checkout.id })).toBe("applied: checkout failed (applied: no state change)");
    expect(await t.account()).toMatchObject({ state: "trialing", plan: "pro", trialEndsAt });
    const [row] = await db.select({ status: checkouts.status }).from(checkouts).where(eq(checkouts.id, checkout.id));
    expect(row?.status).toBe("declined");
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, t.tenant.id), eq(auditLogs.action, "billing.checkout_failed")));
    expect(audit.map((a) => a.data)).toEqual([expect.objectContaining({ plan: "pro", interval: "month", checkoutId: checkout.id })]);
    const cookie = await signIn(t.people.owner);
    const sub = await callJson<{ state: string; lastCheckoutFailure: { plan: string; interval: string; at: string } | null }>("GET", "/billing/subscription", { cookie, headers: { "x-tenant-id": t.tenant.id } });
    expect(sub.body).toMatchObject({ state: "trialing", lastCheckoutFailure: { plan: "pro", interval: "month", at: t.at("2026-03-02T10:16:30Z").toISOString() } });
  });

  it.each([
    ["numbers", {}, {}],
    ["numeric strings", { total_amount: "1000", settlement_amount: "1000" }, { amount: "250" }],
  ] as const)("a credit pack's payment, a partial refund and a dispute take the pack back (amounts as %s)", async (_label, paymentData, refundData) => {
    const t = await dodoTenant(`shape-pack-${_label.replace(" ", "-")}`, "free");
    await t.send("payment.succeeded.credit-pack", { data: paymentData });
    expect(await getBalance({ tenantId: t.tenant.id })).toBe(1000);
    expect((await t.invoiceRows()).map((i) => [i.kind, i.amount, i.description])).toEqual([["credits", 1000, "1,000 credits"]]);
    expect(await t.send("refund.succeeded", { data: refundData })).toBe("applied: 250 credits clawed back");
    // The dispute's amount is a string in the SDK's types: read, and the whole payment is held.
    expect(await t.send("dispute.opened")).toBe("applied: 750 credits clawed back");
    expect(await getBalance({ tenantId: t.tenant.id })).toBe(0);
  });
});
