import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MalformedEventError, normalizeEvent, type BillingEvent } from "./events";

// Dodo's own payloads (see tests/providers/dodo/webhooks/*.json and their `$source`).
const fixtureDir = join(process.cwd(), "tests", "providers", "dodo", "webhooks");
function fixture(name: string): { type: string; timestamp: string; data: Record<string, unknown> } {
  const { $source: _source, ...payload } = JSON.parse(readFileSync(join(fixtureDir, `${name}.json`), "utf8")) as Record<string, unknown>;
  void _source;
  return payload as { type: string; timestamp: string; data: Record<string, unknown> };
}
const withData = (name: string, data: Record<string, unknown>) => {
  const payload = fixture(name);
  return { ...payload, data: { ...payload.data, ...data } };
};

function refusal(payload: unknown): MalformedEventError {
  try {
    normalizeEvent(payload);
  } catch (error) {
    if (error instanceof MalformedEventError) return error;
    throw error;
  }
  throw new Error("expected the payload to be refused");
}
const reasonOf = (payload: unknown) => refusal(payload).reason;

describe("normalizeEvent on Dodo's shapes", () => {
  it("reads every fixture as the kind its type says, with a source named", () => {
    const names = readdirSync(fixtureDir).filter((f) => f.endsWith(".json"));
    expect(names.length).toBeGreaterThanOrEqual(13);
    for (const file of names) {
      const raw = JSON.parse(readFileSync(join(fixtureDir, file), "utf8")) as { $source?: string };
      expect(raw.$source, file).toMatch(/dodopayments 2\.52\.0: node_modules\/dodopayments\/resources\/.*https:\/\/docs\.dodopayments\.com\//s);
      const event = normalizeEvent(fixture(file.replace(/\.json$/, "")));
      expect(event.kind, file).toBe(file.split(".")[0] === "subscription" ? "subscription" : file.startsWith("payment") ? "payment" : "reversal");
    }
  });

  it("reads subscription.past_due with its status and Dodo's end of the window", () => {
    const event = normalizeEvent(fixture("subscription.past_due")) as Extract<BillingEvent, { kind: "subscription" }>;
    expect(event.subscription).toMatchObject({ status: "past_due", pastDueEndsAt: new Date("2026-05-05T10:15:04Z"), currentPeriodEnd: new Date("2026-05-02T10:15:00Z") });
    expect(event).toMatchObject({ tenantId: "org_fixture_tenant", checkoutId: "chk_fixture_checkout", customerId: "cus_8VbC6JDgmF2Zs6xL0Hq4p" });
    // A delayed event of another type carries the status and the deadline too.
    const late = normalizeEvent({ ...fixture("subscription.past_due"), type: "subscription.updated" }) as Extract<BillingEvent, { kind: "subscription" }>;
    expect(late.subscription.status).toBe("past_due");
  });

  it("reads a subscription's charge with product_cart: null, and the plan from the checkout metadata", () => {
    const event = normalizeEvent(fixture("payment.succeeded")) as Extract<BillingEvent, { kind: "payment" }>;
    expect(event.payment).toMatchObject({ productIds: [], providerSubscriptionId: "sub_0Nf3kR8vXb2Wq7LzT5yHc", amount: 4900, currency: "usd", checkoutPlan: { plan: "pro", interval: "month" } });
    const noPlan = normalizeEvent(withData("payment.succeeded", { metadata: { tenant_id: "org_1", plan: "enterprise", interval: "month" } })) as Extract<BillingEvent, { kind: "payment" }>;
    expect(noPlan.payment.checkoutPlan).toBeNull(); // not purchasable: no plan rather than a wrong one
  });

  it.each([
    ["payment.succeeded", "total_amount", 4900, 4900],
    ["payment.succeeded", "total_amount", "4900", 4900],
    ["payment.succeeded", "total_amount", " 4900 ", 4900],
    ["refund.succeeded", "amount", 250, 250],
    ["refund.succeeded", "amount", "250", 250],
    ["refund.succeeded", "amount", null, null],
    ["dispute.opened", "amount", "1000", 1000],
    ["dispute.opened", "amount", 1000, 1000],
    ["dispute.opened", "amount", "10.50", 10.5],
  ])("reads %s %s given as %j", (name, field, given, read) => {
    const event = normalizeEvent(withData(name, { [field]: given }));
    const amount = event.kind === "payment" ? event.payment.amount : event.kind === "reversal" ? event.reversal.amount : undefined;
    expect(amount).toBe(read);
  });

  it.each([
    ["payment.succeeded", "total_amount", ""],
    ["payment.succeeded", "total_amount", "abc"],
    ["payment.succeeded", "total_amount", "NaN"],
    ["payment.succeeded", "total_amount", "1e3"],
    ["payment.succeeded", "total_amount", "0x10"],
    ["payment.succeeded", "total_amount", "49.00"],
    ["payment.succeeded", "total_amount", -1],
    ["payment.succeeded", "total_amount", 4_294_967_296],
    ["payment.succeeded", "currency", "dollars"],
    ["refund.succeeded", "amount", "2 50"],
    ["dispute.opened", "amount", "ten"],
    ["subscription.active", "status", "trialing"],
    ["subscription.active", "next_billing_date", "next tuesday"],
    ["subscription.past_due", "past_due_ends_at", "2026-02-30T00:00:00Z"],
  ])("refuses %s %s given as %j as unreadable, naming the field", (name, field, given) => {
    expect(reasonOf(withData(name, { [field]: given }))).toMatch(new RegExp(`^unreadable \\w+ in ${name.replace(".", "\\.")}: data\\.${field}: `));
  });

  it("refuses an envelope it cannot read, and keeps the type when only the data is unreadable", () => {
    expect(reasonOf({ hello: "world" })).toMatch(/^not a Dodo-shaped webhook payload/);
    expect(reasonOf({ ...fixture("subscription.active"), timestamp: "yesterday" })).toMatch(/timestamp/);
    expect(refusal(withData("subscription.active", { status: "trialing" })).eventType).toBe("subscription.active");
    expect(refusal({ hello: "world" }).eventType).toBeNull();
  });

  it("passes an event type Keel does not act on as ignored, with the tenant it names", () => {
    const event = normalizeEvent({ business_id: "bus_1", type: "payment.processing", timestamp: "2026-03-02T10:15:00Z", data: { metadata: { tenant_id: "org_1" } } });
    expect(event).toMatchObject({ kind: "ignored", type: "payment.processing", tenantId: "org_1" });
  });
});
