import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { apiRequests, usageAlertNotices, usageCounters, usageEvents } from "@/db/schema/usage";
import { users } from "@/db/schema/auth";
import { tenants } from "@/db/schema/tenants";
import { tenantPlans } from "@/db/schema/plans";
import { apiRequestsMeter, getUsageSummary, quotaFor, usagePeriodOf } from "@/lib/usage";
import { seedDemo } from "@/seed/scenarios/demo";
import { demoTraffic } from "@/seed/usage";

const day = 86_400_000;
const callers = ["paid", "trial", "pastdue"] as const;

async function tenantBySlug(slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  if (!tenant) throw new Error(`no seeded tenant ${slug}`);
  return tenant;
}

/** Live events in each of the tenant's counters' [start, end), summed from the raw events (what ingest must have counted). */
async function liveSumsByCounter(tenantId: string, counters: Array<{ periodStart: Date; periodEnd: Date }>) {
  const rows = await db
    .select({ timestamp: usageEvents.timestamp, quantity: usageEvents.quantity })
    .from(usageEvents)
    .where(and(eq(usageEvents.tenantId, tenantId), eq(usageEvents.meter, apiRequestsMeter), sql`coalesce(${usageEvents.properties}->>'environment', 'live') <> 'test'`));
  const sums = new Map<string, number>(counters.map((c) => [c.periodStart.toISOString(), 0]));
  let outside = 0;
  for (const row of rows) {
    const holding = counters.filter((c) => c.periodStart <= row.timestamp && row.timestamp < c.periodEnd);
    // Counters never overlap: every event falls in exactly one.
    if (holding.length !== 1) outside++;
    else sums.set(holding[0]!.periodStart.toISOString(), sums.get(holding[0]!.periodStart.toISOString())! + row.quantity);
  }
  return { sums, outside };
}

async function rowCounts() {
  const [events] = await db.select({ n: count() }).from(usageEvents);
  const [requests] = await db.select({ n: count() }).from(apiRequests);
  const [keys] = await db.select({ n: count() }).from(apiKeys);
  const [used] = await db.select({ n: sql<number>`coalesce(sum(${usageCounters.used}), 0)::bigint` }).from(usageCounters);
  return { events: events?.n, requests: requests?.n, keys: keys?.n, used: Number(used?.n) };
}

describe("usage demo data", () => {
  beforeAll(async () => {
    await seedDemo();
  }, 300_000);

  it.each(callers)("gives the %s tenant a live and a test key, made by its owner", async (key) => {
    const tenant = await tenantBySlug(`demo-${key}`);
    const [owner] = await db.select().from(users).where(eq(users.email, `owner@${key}.keel.local`));
    const keys = await db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenant.id));
    expect(keys.map((k) => k.environment).sort()).toEqual(["live", "test"]);
    expect(keys.every((k) => k.createdBy === owner?.id && k.revokedAt === null)).toBe(true);
  });

  it.each(callers)("gives the %s tenant 30 days of events and request logs from its keys", async (key) => {
    const tenant = await tenantBySlug(`demo-${key}`);
    const keyIds = new Map((await db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenant.id))).map((k) => [k.id, k.environment]));
    const [span] = await db
      .select({ first: sql<string>`min(${usageEvents.timestamp})`, last: sql<string>`max(${usageEvents.timestamp})`, n: count() })
      .from(usageEvents)
      .where(eq(usageEvents.tenantId, tenant.id));
    expect(Date.now() - new Date(span!.first).getTime()).toBeGreaterThan(29 * day);
    expect(Date.now() - new Date(span!.first).getTime()).toBeLessThan(31 * day);
    expect(Date.now() - new Date(span!.last).getTime()).toBeLessThan(day);
    expect(span!.n).toBeGreaterThan(3_000);

    // Every event names the key of its environment.
    const byKey = await db
      .select({ apiKeyId: usageEvents.apiKeyId, environment: sql<string>`${usageEvents.properties}->>'environment'`, n: count() })
      .from(usageEvents)
      .where(eq(usageEvents.tenantId, tenant.id))
      .groupBy(usageEvents.apiKeyId, sql`${usageEvents.properties}->>'environment'`);
    expect(byKey).toHaveLength(2);
    for (const group of byKey) expect(keyIds.get(group.apiKeyId ?? "")).toBe(group.environment);

    const requests = await db.select().from(apiRequests).where(eq(apiRequests.tenantId, tenant.id));
    expect(requests).toHaveLength(demoTraffic[key]!.requestLogRows);
    expect(requests.every((r) => keyIds.has(r.apiKeyId ?? "") && r.latencyMs > 0)).toBe(true);
    const share = (test: (status: number) => boolean) => requests.filter((r) => test(r.status)).length / requests.length;
    expect(share((s) => s === 200)).toBeGreaterThan(0.9);
    expect(share((s) => s === 429)).toBeGreaterThan(0);
    expect(share((s) => s >= 400 && s < 500 && s !== 429)).toBeGreaterThan(0);
    // The log's ids sort by time, as the page lists it.
    const sorted = [...requests].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted.map((r) => r.createdAt.getTime())).toEqual([...sorted].map((r) => r.createdAt.getTime()).sort((a, b) => a - b));
  });

  it.each(callers)("leaves the %s tenant's quota counters equal to its live events, period by period", async (key) => {
    const tenant = await tenantBySlug(`demo-${key}`);
    const counters = await db.select().from(usageCounters).where(and(eq(usageCounters.tenantId, tenant.id), eq(usageCounters.meter, apiRequestsMeter)));
    const { sums, outside } = await liveSumsByCounter(tenant.id, counters);
    expect(outside).toBe(0);
    expect(new Map(counters.map((c) => [c.periodStart.toISOString(), c.used]))).toEqual(sums);
    expect(sums.get((await usagePeriodOf(tenant.id)).start.toISOString())).toBeGreaterThan(0);
  });

  it("puts the paid tenant between 75% and 90% of its api_requests quota, with the 80% alert raised and an upgrade suggested", async () => {
    const tenant = await tenantBySlug("demo-paid");
    const { limit, period } = await quotaFor(tenant.id, apiRequestsMeter);
    // Its quota period is its billing cycle, which billing's seed started mid-month.
    const [plan] = await db.select().from(tenantPlans).where(eq(tenantPlans.tenantId, tenant.id));
    expect(period).toEqual({ start: plan!.periodStart, end: plan!.periodEnd });
    const [counter] = await db
      .select()
      .from(usageCounters)
      .where(and(eq(usageCounters.tenantId, tenant.id), eq(usageCounters.meter, apiRequestsMeter), eq(usageCounters.periodStart, period.start)));
    expect(limit).toBeGreaterThan(0);
    expect(counter!.used / limit!).toBeGreaterThanOrEqual(0.75);
    expect(counter!.used / limit!).toBeLessThanOrEqual(0.9);

    const notices = await db.select().from(usageAlertNotices).where(eq(usageAlertNotices.tenantId, tenant.id));
    expect(notices.map((n) => [n.meter, n.periodStart.toISOString(), n.threshold])).toEqual([[apiRequestsMeter, period.start.toISOString(), 80]]);

    // What the usage page shows: the same figure from the events, and the plan that would hold it.
    const summary = await getUsageSummary({ tenantId: tenant.id });
    const meter = summary.meters.find((m) => m.meter === apiRequestsMeter);
    expect(meter).toMatchObject({ used: counter!.used, limit });
    expect(meter?.suggestedPlan).not.toBeNull();
  });

  it("raises no alert for the trial and past-due tenants, and seeds tens of thousands of events in all", async () => {
    for (const key of ["trial", "pastdue"]) {
      const tenant = await tenantBySlug(`demo-${key}`);
      expect(await db.select().from(usageAlertNotices).where(eq(usageAlertNotices.tenantId, tenant.id))).toEqual([]);
    }
    expect((await rowCounts()).events).toBeGreaterThan(20_000);
  });

  it("writes nothing more when the seed runs again", async () => {
    const before = await rowCounts();
    await seedDemo();
    expect(await rowCounts()).toEqual(before);
  }, 300_000);
});
