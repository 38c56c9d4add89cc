import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { usageCounters, usageOverageFees } from "@/db/schema/usage";
import { grantCredits } from "@/lib/credits";
import { calendarMonth, plusMonths, writeTenantPlan } from "@/lib/plans";
import { closeUsagePeriods, ingestUsageEvents } from "@/lib/usage";
import { createTeam } from "@/seed/factories";
import { callJson } from "./client";
import { mintKey } from "./usage-keys";

// Quota periods follow each tenant's billing cycle (lib/plans/period.ts). The plan rows are
// written as billing writes them (writeTenantPlan), so these run with or without the billing module.

const minute = 60_000;
const day = 86_400_000;
/** A moment `ms` from now, to the millisecond (as periods come back from JavaScript Dates). */
const fromNow = (ms: number) => new Date(Date.now() + ms);

async function payingTeam(label: string, period: { start: Date; end: Date }) {
  const { tenant } = await createTeam(label, { plan: "starter", state: "active" });
  await writeTenantPlan(db, tenant.id, { plan: "starter", state: "active", interval: "month", periodStart: period.start, periodEnd: period.end });
  await grantCredits({ tenantId: tenant.id, amount: 1_000, source: "promo", reason: "test", idempotencyKey: label });
  return { tenant, live: await mintKey(tenant.id, "live") };
}

const echo = (authorization: string) => callJson("POST", "/v1/echo", { body: { n: 1 }, headers: { authorization } });

async function countersOf(tenantId: string) {
  return db.select().from(usageCounters).where(and(eq(usageCounters.tenantId, tenantId), eq(usageCounters.meter, "api_requests"))).orderBy(asc(usageCounters.periodStart));
}

/** No two of a tenant's counters overlap: each starts at or after the one before ends. */
function expectNoOverlap(counters: Array<{ periodStart: Date; periodEnd: Date }>) {
  for (let i = 1; i < counters.length; i++) expect(counters[i]!.periodStart.getTime()).toBeGreaterThanOrEqual(counters[i - 1]!.periodEnd.getTime());
}

describe("quota periods follow the billing cycle", () => {
  it("counts a paying tenant's calls in its billing period, which resets when the period does, not on the 1st", async () => {
    const period = { start: fromNow(-10 * day), end: fromNow(20 * day) };
    const { tenant, live } = await payingTeam("cycle-count", period);
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 40, timestamp: fromNow(-5 * day), idempotencyKey: "in-period" }]);
    // Usage from before the period (the free month it upgraded in) is not this period's.
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 7, timestamp: new Date(period.start.getTime() - minute), idempotencyKey: "before" }]);
    const first = await echo(live.authorization);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-quota-used")).toBe("41");
    expect(first.headers.get("x-quota-reset")).toBe(period.end.toISOString());
    const counters = await countersOf(tenant.id);
    expect(counters.map((c) => [c.periodStart, c.periodEnd, c.used])).toEqual([
      [calendarMonth(new Date(period.start.getTime() - minute)).start, period.start, 7],
      [period.start, period.end, 41],
    ]);

    const usage = await callJson<{ period: { start: string; end: string }; meters: { meter: string; used: number }[] }>("GET", "/usage", { headers: { authorization: live.authorization } });
    expect(usage.body.period).toEqual({ start: period.start.toISOString(), end: period.end.toISOString() });
    expect(usage.body.meters.find((m) => m.meter === "api_requests")?.used).toBe(41);
  });

  it("starts a fresh counter when a free tenant upgrades mid-month, ending the calendar one there; late events join the period they happened in", async () => {
    const { tenant } = await createTeam("cycle-upgrade");
    const live = await mintKey(tenant.id, "live");
    await grantCredits({ tenantId: tenant.id, amount: 100, source: "promo", reason: "test", idempotencyKey: "cycle-upgrade" });
    expect((await echo(live.authorization)).status).toBe(200);
    const freeMonth = calendarMonth(new Date());

    const paid = { start: fromNow(-1), end: plusMonths(fromNow(-1), 1) };
    await writeTenantPlan(db, tenant.id, { plan: "starter", state: "active", interval: "month", periodStart: paid.start, periodEnd: paid.end });
    const after = await echo(live.authorization);
    expect(after.headers.get("x-quota-used")).toBe("1");
    expect(after.headers.get("x-quota-reset")).toBe(paid.end.toISOString());
    // An event from before the upgrade, arriving late, counts in the free month's counter.
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 3, timestamp: new Date(paid.start.getTime() - 1), idempotencyKey: "late" }]);
    const counters = await countersOf(tenant.id);
    expect(counters.map((c) => [c.periodStart, c.periodEnd, c.used])).toEqual([
      [freeMonth.start, paid.start, 4],
      [paid.start, paid.end, 1],
    ]);
  });

  it("never lets counters overlap when a paid period is taken away mid-cycle (a complimentary plan)", async () => {
    const { tenant } = await createTeam("cycle-comp");
    const live = await mintKey(tenant.id, "live");
    await grantCredits({ tenantId: tenant.id, amount: 100, source: "promo", reason: "test", idempotencyKey: "cycle-comp" });
    expect((await echo(live.authorization)).status).toBe(200);
    const paid = { start: fromNow(-1), end: plusMonths(fromNow(-1), 1) };
    await writeTenantPlan(db, tenant.id, { plan: "starter", state: "active", interval: "month", periodStart: paid.start, periodEnd: paid.end });
    expect((await echo(live.authorization)).status).toBe(200);
    // Billing's admin action writes no period: the calendar month is the tenant's period again.
    await writeTenantPlan(db, tenant.id, { plan: "enterprise", state: "active", interval: null, periodStart: null, periodEnd: null });
    expect((await echo(live.authorization)).status).toBe(200);
    // The calendar counter is current again but keeps ending where the paid one starts, also when the close job looks at it.
    expect(await closeUsagePeriods({ tenantId: tenant.id, now: fromNow(minute) })).toEqual({ closed: 0, fees: 0 });
    const counters = await countersOf(tenant.id);
    expect(counters.map((c) => [c.periodStart, c.periodEnd, c.used, c.closedAt])).toEqual([
      [calendarMonth(paid.start).start, paid.start, 2, null],
      [paid.start, paid.end, 1, null],
    ]);
    expectNoOverlap(counters);
  });

  it("goes on with the cycle when a renewal is late, takes the provider's real end, and closes each period once with its own usage", async () => {
    const first = { start: fromNow(-30 * day), end: fromNow(-minute) };
    const { tenant, live } = await payingTeam("cycle-renewal", first);
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 51_500, timestamp: fromNow(-20 * day), idempotencyKey: "busy" }]);
    // The period ended a minute ago and the renewal's webhook has not come: the next month goes on from the old end.
    const guessed = { start: first.end, end: plusMonths(first.end, 1) };
    const call = await echo(live.authorization);
    expect(call.status).toBe(200);
    expect(call.headers.get("x-quota-used")).toBe("1");
    expect(call.headers.get("x-quota-reset")).toBe(guessed.end.toISOString());

    // The first period is over: billed once, on its own usage (not the new period's call).
    expect(await closeUsagePeriods({ tenantId: tenant.id })).toEqual({ closed: 1, fees: 1 });
    expect(await closeUsagePeriods({ tenantId: tenant.id })).toEqual({ closed: 0, fees: 0 });
    const fees = await db.select().from(usageOverageFees).where(eq(usageOverageFees.tenantId, tenant.id));
    expect(fees.map((f) => [f.periodStart, f.periodEnd, f.used, f.overage, f.amount])).toEqual([[first.start, first.end, 51_500, 1_500, 100]]);

    // The renewal arrives with the provider's own date, later than the guess. Before any call
    // moves the counter, the close job reaches the guessed end: the period is still current, so
    // it stays open with the real end.
    const renewed = { start: first.end, end: new Date(first.end.getTime() + 40 * day) };
    await writeTenantPlan(db, tenant.id, { periodStart: renewed.start, periodEnd: renewed.end });
    expect(await closeUsagePeriods({ tenantId: tenant.id, now: new Date(guessed.end.getTime() + minute) })).toEqual({ closed: 0, fees: 0 });
    let counters = await countersOf(tenant.id);
    expect(counters.map((c) => [c.periodStart, c.periodEnd, c.closedAt === null])).toEqual([
      [first.start, first.end, false],
      [renewed.start, renewed.end, true],
    ]);
    const next = await echo(live.authorization);
    expect(next.headers.get("x-quota-used")).toBe("2");
    expect(next.headers.get("x-quota-reset")).toBe(renewed.end.toISOString());

    expect(await closeUsagePeriods({ tenantId: tenant.id, now: new Date(renewed.end.getTime() + minute) })).toEqual({ closed: 1, fees: 0 });
    counters = await countersOf(tenant.id);
    expect(counters.every((c) => c.closedAt !== null)).toBe(true);
    expectNoOverlap(counters);
  });

  it("opens one counter for a new period however many first calls race for it", async () => {
    const period = { start: fromNow(-1), end: fromNow(30 * day) };
    const { tenant, live } = await payingTeam("cycle-race", period);
    // PGlite runs one statement at a time: these race for real on the Postgres pass.
    const answers = await Promise.all(Array.from({ length: 20 }, () => echo(live.authorization)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const counters = await countersOf(tenant.id);
    expect(counters.map((c) => [c.periodStart, c.periodEnd, c.used])).toEqual([[period.start, period.end, 20]]);
  });
});
