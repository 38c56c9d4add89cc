import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { apiRequests, usageEvents } from "@/db/schema/usage";
import { newId } from "@/lib/ids";
import type { DemoTenant, ModuleFixtures } from "@/lib/manifest/define";
import { apiRequestsMeter, ingestUsageEvents, quotaFor, rollUpUsage } from "@/lib/usage";
import { generator } from "./random";
import { trafficEvents, trafficHours, trafficRequests, type TrafficProfile } from "./usage-traffic";

/**
 * The demo tenants' API traffic over the last 30 days, by tenant key (seed/scenarios/demo.ts).
 * The paid tenant's live calls this month come to 82% of its quota: past the 80% alert, with the
 * upgrade suggestion on its usage page. Early in a month that takes a burst (a runaway client, as
 * it were); later it is the month's ordinary traffic. The others stay well inside theirs.
 */
export const demoTraffic: Readonly<Record<string, TrafficProfile>> = {
  paid: { utcOffsetHours: -5, growthPerDay: 0.01, monthlyShare: 0.72, currentPeriodShare: 0.82, requestLogRows: 3_000 },
  trial: { utcOffsetHours: 1, growthPerDay: 0.05, monthlyShare: 0.1, requestLogRows: 1_500 },
  pastdue: { utcOffsetHours: -8, growthPerDay: -0.005, monthlyShare: 0.45, requestLogRows: 1_000 },
};

/** Days of traffic seeded; the request log keeps 30 (its retention) and the usage page charts 30. */
export const demoTrafficDays = 30;

/** Rows per INSERT: a few thousand keep each statement well inside Postgres' 65,535 parameters. */
const batchSize = 2_500;

/** The tenant's keys, newest of each environment; none when it has no keys (or the api-keys seed made none). */
async function keysOf(tenantId: string): Promise<Record<"live" | "test", string | null>> {
  const rows = await db
    .select({ id: apiKeys.id, environment: apiKeys.environment })
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt)))
    .orderBy(apiKeys.id);
  const keys: Record<"live" | "test", string | null> = { live: null, test: null };
  for (const row of rows) keys[row.environment] = row.id;
  return keys;
}

/**
 * One tenant's traffic, written as the app writes it: the events through `ingestUsageEvents` (a
 * few thousand a call, oldest first), so the quota counters move as ingest moves them and the
 * paid tenant's counter raises its 80% alert (notice, `usage.quota_warning` event, notification)
 * on the way up; then the request log, in bulk.
 * Returns how many rows it wrote, or null when the tenant already has usage (a second seed).
 */
async function seedTenantTraffic(tenant: DemoTenant, profile: TrafficProfile, now: Date) {
  const [existing] = await db.select({ id: usageEvents.id }).from(usageEvents).where(eq(usageEvents.tenantId, tenant.id)).limit(1);
  if (existing) return null;
  const ctx = { tenantId: tenant.id };
  // The quota period is the tenant's own (its billing cycle when billing seeded one): the paid
  // tenant's 82% is of the period its usage page shows.
  const { limit, period } = await quotaFor(tenant.id, apiRequestsMeter, db, now);
  // Seeded per tenant, so adding or dropping one tenant leaves the others' traffic as it was.
  const random = generator([...tenant.key].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
  const hours = trafficHours(profile, { now: now.getTime(), days: demoTrafficDays, limit: limit ?? 100_000, periodStart: period.start.getTime(), random });
  const keys = await keysOf(tenant.id);

  const events = trafficEvents(hours, random);
  for (const environment of ["live", "test"] as const) {
    const mine = events.filter((e) => e.environment === environment);
    for (let i = 0; i < mine.length; i += batchSize) {
      const batch = mine.slice(i, i + batchSize).map((e, j) => ({
        meter: apiRequestsMeter,
        quantity: e.quantity,
        timestamp: e.timestamp,
        idempotencyKey: `seed:${environment}:${i + j}`,
        properties: { endpoint: "POST /v1/echo" },
      }));
      await ingestUsageEvents(ctx, batch, { apiKeyId: keys[environment], environment });
    }
  }

  const requests = trafficRequests(hours, profile.requestLogRows, random).map((r) => ({
    id: newId("request", r.at),
    tenantId: tenant.id,
    apiKeyId: keys[r.environment],
    method: "POST",
    endpoint: "/v1/echo",
    status: r.status,
    latencyMs: r.latencyMs,
    createdAt: r.at,
  }));
  for (let i = 0; i < requests.length; i += batchSize) await db.insert(apiRequests).values(requests.slice(i, i + batchSize)).onConflictDoNothing();
  // A key's "last used" is its newest call.
  for (const environment of ["live", "test"] as const) {
    const keyId = keys[environment];
    const last = requests.findLast((r) => r.apiKeyId === keyId)?.createdAt;
    if (keyId && last) await db.update(apiKeys).set({ lastUsedAt: last }).where(eq(apiKeys.id, keyId));
  }
  return { events: events.length, requests: requests.length };
}

/**
 * Every demo tenant named in `demoTraffic` gets its traffic, rolled up into the hourly and daily
 * aggregates as the `usage.aggregate` job would have done by now.
 */
async function seedDemoUsage(tenants: readonly DemoTenant[], now = new Date()) {
  const seeded: string[] = [];
  for (const tenant of tenants) {
    const profile = demoTraffic[tenant.key];
    if (profile && (await seedTenantTraffic(tenant, profile, now))) seeded.push(tenant.id);
  }
  if (seeded.length === 0) return;
  // Fresh statistics after the bulk load: PGlite never runs autovacuum, and with none the planner
  // takes the roll-up's bucket lookup for one row and loops (6 s a tenant here instead of 0.2 s).
  await db.execute(sql`analyze usage_events, api_requests`);
  for (const tenantId of seeded) await rollUpUsage(tenantId, new Date());
}

const readers = ["owner", "admin", "member"];

/** The usage module's seed and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  seedDemo: (tenants) => seedDemoUsage(tenants),
  roleMatrix: {
    "GET /usage": readers,
    "GET /usage/daily": readers,
    "GET /usage/requests": readers,
    "GET /usage/overage": ["owner", "admin"],
  },
  validBody: { meter: "api_requests", quantity: 1, idempotencyKey: "fixture" },
};
