import { inArray, lt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingEvents, billingStateChanges, invoices } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { billingIds } from "@/lib/billing/catalog";
import type { Interval } from "@/lib/billing/plans";
import { transitionBillingState, type BillingState } from "@/lib/billing/state";
import { revenueHealth } from "@/lib/revenue/health";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { revenueMetricsResponse } from "@/lib/revenue/schemas";
import { seedRevenueHistory } from "@/seed/billing-history";
import { createTenant, createUser, uniqueEmail } from "@/seed/factories";
import { creditPaymentPayload, deliver, signed } from "./billing-helpers";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

/**
 * Revenue against hand-computed figures. The fixtures live in 2001, so on a shared Postgres
 * database no other test's tenants (all created and billed "now") fall into the window, and a
 * previous run's leftovers are deleted first.
 *
 * Prices (lib/plans/catalog.ts, cents): starter 1900/month, 19000/year → 1583 a month (19000/12 =
 * 1583.33); pro 4900/month, 49000/year → 4083 a month (4083.33).
 */
const now = new Date("2001-12-15T12:00:00Z");
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

type Move = [string, BillingState, { plan?: string; interval?: Interval | null }?];

async function tenantWith(label: string, moves: Move[]) {
  const owner = await createUser({ email: uniqueEmail(`revenue-${label}`) });
  const tenant = await createTenant({ name: `Revenue ${label}`, owner });
  for (const [day, to, opts = {}] of moves) {
    const when = at(day);
    const fields = { ...(opts.plan ? { plan: opts.plan } : {}), ...(to === "past_due" ? { pastDueSince: when } : {}) };
    await db.transaction((tx) => transitionBillingState(tx, { tenantId: tenant.id, to, reason: `fixture ${label}`, at: when, fields, ...(opts.interval !== undefined ? { interval: opts.interval } : {}) }));
  }
  return tenant;
}

const starterMonth = { plan: "starter", interval: "month" } as const;
const starterYear = { plan: "starter", interval: "year" } as const;
const proMonth = { plan: "pro", interval: "month" } as const;
const proYear = { plan: "pro", interval: "year" } as const;

beforeAll(async () => {
  // A previous run on the same server database left its 2001 fixtures: remove them (cascade).
  const stale = await db.selectDistinct({ id: billingStateChanges.tenantId }).from(billingStateChanges).where(lt(billingStateChanges.at, new Date("2002-01-01")));
  if (stale.length > 0) await db.delete(tenants).where(inArray(tenants.id, stale.map((s) => s.id)));
  await db.delete(billingEvents).where(lt(billingEvents.occurredAt, new Date("2002-01-01")));

  // At the window's start (2001-01-01) A, C and E pay: 4083 + 4900 + 4900 = 13883.
  await tenantWith("A-yearly", [["2000-11-10", "active", proYear]]); // 4083 all year
  const b = await tenantWith("B-upgrade", [
    ["2001-01-27", "trialing", { plan: "pro" }],
    ["2001-02-10", "active", starterMonth], // Feb: new 1900 (a converted trial)
    ["2001-04-15", "active", proMonth], // Apr: expansion 4900 − 1900 = 3000, mid-month
  ]);
  await tenantWith("C-downgrade", [
    ["2000-12-05", "active", proMonth],
    ["2001-06-20", "active", starterMonth], // Jun: contraction 4900 − 1900 = 3000
  ]);
  await tenantWith("D-churn", [
    ["2001-01-20", "active", starterMonth], // Jan: new 1900
    ["2001-05-03", "canceled", { plan: "free" }], // May: churned 1900
  ]);
  await tenantWith("E-reactivation", [
    ["2000-10-01", "active", proMonth],
    ["2001-03-10", "canceled", { plan: "free" }], // Mar: churned 4900
    ["2001-08-05", "active", starterYear], // Aug: reactivated 1583 (paid before)
  ]);
  await tenantWith("F-past-due", [
    ["2001-09-12", "active", starterMonth], // Sep: new 1900
    ["2001-11-20", "past_due"], // still counted: 1900, no movement
  ]);
  await tenantWith("G-suspended", [
    ["2001-07-01", "active", proMonth], // Jul: new 4900
    ["2001-10-28", "past_due"], // Oct: still 4900
    ["2001-11-05", "suspended"], // Nov: churned 4900 (suspended counts 0)
  ]);
  await tenantWith("H-trialing", [["2001-12-01", "trialing", { plan: "pro" }]]); // 0
  await tenantWith("I-comp", [["2001-06-01", "active", { plan: "pro", interval: null }]]); // complimentary: 0
  await tenantWith("J-trial-lapsed", [
    ["2001-03-01", "trialing", { plan: "pro" }],
    ["2001-03-15", "free", { plan: "free" }], // a trial that ended unpaid
  ]);
  await tenantWith("K-recovered", [
    ["2001-10-03", "active", starterMonth], // Oct: new 1900
    ["2001-11-03", "past_due"],
    ["2001-11-08", "active"], // recovered after 5 days; counted throughout
  ]);
  await tenantWith("L-lost", [
    ["2001-04-02", "active", proMonth], // Apr: new 4900
    ["2001-09-02", "past_due"],
    ["2001-09-20", "canceled", { plan: "free" }], // Sep: churned 4900 (paying at the end of Aug)
  ]);

  // Payments in the window: a subscription invoice of 4900 and a credit pack of 1000, refunded in full.
  await db.insert(invoices).values({ id: billingIds.newId("invoice"), tenantId: b.id, provider: "simulator", providerPaymentId: `pay_rev_${b.id}`, kind: "subscription", description: "Pro (monthly)", amount: 4900, currency: "usd", status: "paid", occurredAt: at("2001-04-15") });
  const pack = signed(creditPaymentPayload({ tenantId: b.id, pack: "small", at: at("2001-05-01") }));
  expect((await deliver(pack)).status).toBe(200);
  const paymentId = (JSON.parse(pack.body) as { data: { payment_id: string } }).data.payment_id;
  const refund = { business_id: "bus_test", type: "refund.succeeded", timestamp: at("2001-06-01").toISOString(), data: { refund_id: `rf_${b.id}`, payment_id: paymentId, is_partial: false } };
  expect((await deliver(signed(JSON.stringify(refund)))).status).toBe(200);
}, 120_000);

describe("revenue figures", () => {
  it("matches the hand-computed MRR, ARR, customers and movements of 2001", async () => {
    const metrics = await revenueMetrics({ now });
    expect(revenueMetricsResponse.parse(metrics)).toEqual(metrics);
    const zero = { new: 0, expansion: 0, contraction: 0, churned: 0, reactivated: 0 };
    expect(metrics.months).toEqual([
      { month: "2001-01", mrr: 15783, ...zero, new: 1900 }, // 13883 + D
      { month: "2001-02", mrr: 17683, ...zero, new: 1900 }, // + B starter
      { month: "2001-03", mrr: 12783, ...zero, churned: 4900 }, // − E
      { month: "2001-04", mrr: 20683, ...zero, new: 4900, expansion: 3000 }, // + L, B upgrade
      { month: "2001-05", mrr: 18783, ...zero, churned: 1900 }, // − D
      { month: "2001-06", mrr: 15783, ...zero, contraction: 3000 }, // C downgrade; I comped adds 0
      { month: "2001-07", mrr: 20683, ...zero, new: 4900 }, // + G
      { month: "2001-08", mrr: 22266, ...zero, reactivated: 1583 }, // E back, starter yearly
      { month: "2001-09", mrr: 19266, ...zero, new: 1900, churned: 4900 }, // + F, − L
      { month: "2001-10", mrr: 21166, ...zero, new: 1900 }, // + K; G past due still counts
      { month: "2001-11", mrr: 16266, ...zero, churned: 4900 }, // − G suspended; F past due and K recovered count
      { month: "2001-12", mrr: 16266, ...zero }, // as of Dec 15: H trialing adds 0
    ]);
    // Now: A 4083 + B 4900 + C 1900 + E 1583 + F 1900 + K 1900 = 16266; ARR = 16266 × 12.
    expect(metrics).toMatchObject({ currency: "usd", mrr: 16266, arr: 195_192 });
    // Active: A, B, C, E, I (comp), K; past due F; suspended G; trialing H; canceled D, L; free J.
    expect(metrics.customers).toEqual({ trialing: 1, active: 6, pastDue: 1, suspended: 1, canceled: 2, free: 1 });
  });

  it("matches the hand-computed churn, retention, ARPU, conversion, recovery and refunds", async () => {
    const health = await revenueHealth({ now });
    expect(health).toMatchObject({
      payingCustomers: 6, // A, B, C, E, F, K
      arpu: 2711, // 16266 / 6
      comped: 1, // I
      logoChurn: { atStart: 3, churned: 0, rate: 0 }, // A, C, E paid on 2001-01-01 and still do (E came back)
      netRevenueRetention: { startMrr: 13883, endMrr: 7566 }, // A 4083 + C 1900 + E 1583
      trialConversion: { ended: 2, converted: 1, rate: 0.5 }, // B converted, J lapsed; H still trialing
      paymentRecovery: { episodes: 4, recovered: 1, lost: 1, open: 2, rate: 0.25, medianRecoveryDays: 5 }, // K recovered, L lost, F and G open
      refunds: { count: 1, amount: 1000, collected: 5900 }, // the pack, refunded; 4900 + 1000 collected
    });
    expect(health.netRevenueRetention.rate).toBeCloseTo(7566 / 13883, 10);
    expect(health.refunds.rate).toBeCloseTo(1000 / 5900, 10);
  });
});

describe("the demo history", () => {
  it("shows every kind of movement in the last 12 months", async () => {
    await seedRevenueHistory();
    const { months, mrr } = await revenueMetrics();
    for (const kind of ["new", "expansion", "contraction", "churned", "reactivated"] as const) {
      expect(months.some((m) => m[kind] > 0), kind).toBe(true);
    }
    expect(mrr).toBeGreaterThan(0);
    const health = await revenueHealth();
    expect(health.refunds.count).toBeGreaterThanOrEqual(1);
    expect(health.paymentRecovery.recovered).toBeGreaterThanOrEqual(1);
    expect(health.trialConversion.converted).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

describe("revenue routes", () => {
  it("answer platform admins: JSON in the contract's shape, and CSV with one row per month", async () => {
    const admin = await signInWithTotp(await createUser({ email: uniqueEmail("revenue-admin"), platformAdmin: true }));
    const json = await callJson("GET", "/platform/metrics/revenue", { cookie: admin });
    expect(json.status).toBe(200);
    const body = revenueMetricsResponse.strict().parse(json.body);
    expect(body.months).toHaveLength(12);
    expect(body.months.at(-1)?.month).toBe(new Date().toISOString().slice(0, 7));
    expect(body.arr).toBe(body.mrr * 12);

    // The figures are platform-wide, and other test files bill tenants while this one runs (on a
    // shared Postgres with several workers): compare the CSV with JSON read just before and just
    // after it, retrying while a write fell in between.
    const row = (m: (typeof body.months)[number]) => `${m.month},${m.mrr},${m.new},${m.expansion},${m.contraction},${m.churned},${m.reactivated},usd`;
    let lines: string[] = [];
    let expected: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = revenueMetricsResponse.parse((await callJson("GET", "/platform/metrics/revenue", { cookie: admin })).body);
      const csv = await call("GET", "/platform/metrics/revenue/export", { cookie: admin });
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      lines = (await csv.text()).trim().split("\r\n");
      const after = revenueMetricsResponse.parse((await callJson("GET", "/platform/metrics/revenue", { cookie: admin })).body);
      expected = before.months.map(row);
      if (JSON.stringify(after.months) === JSON.stringify(before.months)) break;
    }
    expect(lines[0]).toBe("month,mrr,new,expansion,contraction,churned,reactivated,currency");
    expect(lines.slice(1)).toEqual(expected);
    expect(lines).toHaveLength(13);

    expect((await callJson("GET", "/platform/metrics/revenue/health", { cookie: admin })).status).toBe(200);
  });

  it("answer 404 to a signed-in user who is not a platform admin, and 401 to anonymous callers", async () => {
    const user = await signIn(await createUser({ email: uniqueEmail("revenue-user") }));
    for (const path of ["/platform/metrics/revenue", "/platform/metrics/revenue/export", "/platform/metrics/revenue/health"]) {
      const denied = await callJson("GET", path, { cookie: user });
      expect(denied.status, path).toBe(404);
      expect(denied.body).toMatchObject({ error: { code: "not_found" } });
      expect((await call("GET", path)).status, path).toBe(401);
    }
  });
});
