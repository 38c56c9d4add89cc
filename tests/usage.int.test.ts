import { and, eq, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { apiRequests, usageAggregates, usageAlertNotices, usageEvents } from "@/db/schema/usage";
import { grantCredits } from "@/lib/credits";
import { DomainError } from "@/lib/errors";
import { withTenant } from "@/lib/tenants/context";
import { consumeQuota, dailyTotals, flushRequestLog, ingestUsageEvents, parseIngestBody, quotaAlertEventTypes, rollUpUsage, usagePeriodOf } from "@/lib/usage";
import { createTeam } from "@/seed/factories";
import { mintKey } from "./usage-keys";
import { callJson } from "./client";


const day = 86_400_000;
const event = (key: string, meter = "ai.tokens", quantity = 1, at = new Date()) => ({ meter, quantity, timestamp: at, idempotencyKey: key });

describe("usage ingest", () => {
  it("counts the same batch once when it is sent twice", async () => {
    const { tenant } = await createTeam("usage-dup");
    const batch = [event("a", "ai.tokens", 5), event("b", "ai.tokens", 7), event("c", "storage.gb", 1), event("a", "ai.tokens", 99)];
    expect(await ingestUsageEvents({ tenantId: tenant.id }, batch)).toEqual({ accepted: 3, duplicates: 1 });
    expect(await ingestUsageEvents({ tenantId: tenant.id }, batch)).toEqual({ accepted: 0, duplicates: 4 });
    const [row] = await db.select({ total: sql<string>`sum(${usageEvents.quantity})` }).from(usageEvents).where(eq(usageEvents.tenantId, tenant.id));
    expect(Number(row?.total)).toBe(13);
  });

  it("counts one idempotency key sent by 20 callers at once once", async () => {
    const { tenant } = await createTeam("usage-race");
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const results = await Promise.all(Array.from({ length: 20 }, () => ingestUsageEvents({ tenantId: tenant.id }, [event("same", "api_requests", 3)])));
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(19);
    const rows = await db.select().from(usageEvents).where(eq(usageEvents.tenantId, tenant.id));
    expect(rows).toHaveLength(1);
  });

  it.each([
    { name: "one event too old", body: { meter: "x", quantity: 1, idempotencyKey: "k", timestamp: new Date(Date.now() - 36 * day).toISOString() }, field: "timestamp" },
    { name: "one event in the future", body: { meter: "x", quantity: 1, idempotencyKey: "k", timestamp: new Date(Date.now() + 10 * 60_000).toISOString() }, field: "timestamp" },
    { name: "a batch with a future event", body: { events: [{ meter: "x", quantity: 1, idempotencyKey: "a" }, { meter: "x", quantity: 1, idempotencyKey: "b", timestamp: new Date(Date.now() + day).toISOString() }] }, field: "events.1.timestamp" },
    { name: "a bad meter name", body: { meter: "Bad Name", quantity: 1, idempotencyKey: "k" }, field: "meter" },
    { name: "a zero quantity", body: { events: [{ meter: "x", quantity: 0, idempotencyKey: "k" }] }, field: "events.0.quantity" },
  ])("refuses $name with 422 and the field path", async ({ body, field }) => {
    let error: unknown;
    try {
      parseIngestBody(body, new Date());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("validation_failed");
    expect((error as DomainError).details.fields).toHaveProperty([field]);

    const { tenant } = await createTeam("usage-422");
    const res = await callJson<{ error: { code: string; fields: Record<string, string> } }>("POST", "/usage/events", { body, headers: { authorization: (await mintKey(tenant.id)).authorization } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.fields).toHaveProperty([field]);
  });

  it("answers { accepted, duplicates } over HTTP and marks test-key events as test", async () => {
    const { tenant } = await createTeam("usage-http");
    const test = await mintKey(tenant.id, "test");
    const body = { events: [{ meter: "ai.tokens", quantity: 4, idempotencyKey: "h1", properties: { environment: "live", model: "m" } }] };
    expect((await callJson("POST", "/usage/events", { body, headers: { authorization: test.authorization } })).body).toEqual({ accepted: 1, duplicates: 0 });
    expect((await callJson("POST", "/usage/events", { body, headers: { authorization: test.authorization } })).body).toEqual({ accepted: 0, duplicates: 1 });
    const [row] = await db.select().from(usageEvents).where(eq(usageEvents.tenantId, tenant.id));
    expect(row?.properties).toEqual({ environment: "test", model: "m" });
    const readOnly = await mintKey(tenant.id, "live", ["usage:read"]);
    expect((await callJson("POST", "/usage/events", { body, headers: { authorization: readOnly.authorization } })).status).toBe(403);
  });
});

describe("quotas", () => {
  it("lets exactly N of N+5 concurrent calls through a hard limit of N, and alerts once per threshold", async () => {
    const { tenant } = await createTeam("usage-hard");
    const limit = 10;
    const period = await usagePeriodOf(tenant.id);
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const results = await Promise.allSettled(
      Array.from({ length: limit + 5 }, () => withTenant({ tenantId: tenant.id }, (tx) => consumeQuota(tx, { tenantId: tenant.id, meter: "api_requests", plan: "free", limit, mode: "hard", period, quantity: 1 }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(limit);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ code: "quota_exceeded", kind: "rate_limited" });
      expect((r.reason as DomainError).message).toContain(period.end.toISOString());
      expect((r.reason as DomainError).details.headers).toMatchObject({ "X-Quota-Upgrade-Plan": "starter", "X-Quota-Remaining": "0" });
    }
    // More usage later in the period (soft now, e.g. after a plan change) raises nothing new.
    await withTenant({ tenantId: tenant.id }, (tx) => consumeQuota(tx, { tenantId: tenant.id, meter: "api_requests", plan: "enterprise", limit, mode: "soft", period, quantity: 5 }));
    const notices = await db.select().from(usageAlertNotices).where(eq(usageAlertNotices.tenantId, tenant.id));
    expect(notices.map((n) => n.threshold).sort((a, b) => a - b)).toEqual([80, 100]);
    const alerts = await db.select().from(events).where(and(eq(events.tenantId, tenant.id), inArray(events.type, quotaAlertEventTypes)));
    expect(alerts.map((a) => Number(a.data.threshold)).sort((a, b) => a - b)).toEqual([80, 100]);
  });
});

describe("aggregation", () => {
  it("matches the raw event sums per meter and day after random ingests", async () => {
    const { tenant } = await createTeam("usage-agg");
    const now = Date.now();
    let n = 0;
    const arbEvent = fc.record({
      meter: fc.constantFrom("api_requests", "ai.tokens", "storage.gb"),
      quantity: fc.integer({ min: 1, max: 1000 }),
      ageMs: fc.integer({ min: 0, max: 3 * day }),
      test: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arbEvent, { minLength: 1, maxLength: 20 }), fc.boolean(), async (batch, rollUp) => {
        const live = batch.filter((e) => !e.test).map((e) => ({ meter: e.meter, quantity: e.quantity, timestamp: new Date(now - e.ageMs), idempotencyKey: `p${n++}` }));
        const test = batch.filter((e) => e.test).map((e) => ({ meter: e.meter, quantity: e.quantity, timestamp: new Date(now - e.ageMs), idempotencyKey: `p${n++}` }));
        await ingestUsageEvents({ tenantId: tenant.id }, live);
        await ingestUsageEvents({ tenantId: tenant.id }, test, { apiKeyId: null, environment: "test" });
        // A millisecond ahead: received_at has microseconds and a Date has none, so on a fast
        // server an event received in this very millisecond would sit after a truncated "now"
        // (CI saw the last event of a batch left out of the roll-up).
        if (rollUp) await rollUpUsage(tenant.id, new Date(Date.now() + 1));
        const raw = await db.execute<{ meter: string; day: string; quantity: string }>(sql`
          select meter, to_char(timestamp at time zone 'UTC', 'YYYY-MM-DD') as day, sum(quantity)::text as quantity from usage_events
          where tenant_id = ${tenant.id} and properties->>'environment' = 'live' group by 1, 2 order by 2, 1`);
        const expected = raw.rows.map((r) => ({ meter: r.meter, day: r.day, quantity: Number(r.quantity) }));
        const from = new Date(Date.UTC(2000, 0, 1));
        const to = new Date(now + 2 * day - (now % day));
        // Exact totals (aggregates + tail) always equal the raw sums.
        expect(await dailyTotals(tenant.id, { from, to })).toEqual(expected);
        if (rollUp) {
          // Right after a roll-up the daily aggregates alone hold everything.
          const aggregated = await db
            .select({ meter: usageAggregates.meter, bucket: usageAggregates.bucketStart, quantity: usageAggregates.quantity })
            .from(usageAggregates)
            .where(and(eq(usageAggregates.tenantId, tenant.id), eq(usageAggregates.granularity, "day")));
          const got = aggregated.map((a) => ({ meter: a.meter, day: a.bucket.toISOString().slice(0, 10), quantity: a.quantity })).sort((a, b) => a.day.localeCompare(b.day) || a.meter.localeCompare(b.meter));
          expect(got).toEqual(expected);
          const [hours] = await db.select({ total: sql<string>`sum(${usageAggregates.quantity})` }).from(usageAggregates).where(and(eq(usageAggregates.tenantId, tenant.id), eq(usageAggregates.granularity, "hour")));
          expect(Number(hours?.total)).toBe(expected.reduce((s, e) => s + e.quantity, 0));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("POST /v1/echo", () => {
  it("echoes the body, meters live calls with credits and quota headers, and keeps test calls free", async () => {
    const { tenant } = await createTeam("usage-echo");
    const live = await mintKey(tenant.id, "live");
    const test = await mintKey(tenant.id, "test");
    const short = await callJson("POST", "/v1/echo", { body: { hello: "world" }, headers: { authorization: live.authorization } });
    expect(short.status).toBe(402);
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "promo", reason: "test", idempotencyKey: "echo-seed" });
    const ok = await callJson("POST", "/v1/echo", { body: { hello: "world", n: [1, 2] }, headers: { authorization: live.authorization } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ hello: "world", n: [1, 2] });
    expect(ok.headers.get("x-quota-limit")).toBe("1000");
    expect(ok.headers.get("x-quota-used")).toBe("1");
    expect(ok.headers.get("x-quota-remaining")).toBe("999");
    expect(ok.headers.get("x-quota-reset")).toBe((await usagePeriodOf(tenant.id)).end.toISOString());
    const free = await callJson("POST", "/v1/echo", { body: { t: 1 }, headers: { authorization: test.authorization } });
    expect(free.status).toBe(200);
    expect(free.headers.get("x-quota-used")).toBe("1");
    const rows = await db.select().from(usageEvents).where(eq(usageEvents.tenantId, tenant.id));
    expect(rows.map((r) => r.properties.environment).sort()).toEqual(["live", "test"]);
    expect(rows.every((r) => r.meter === "api_requests" && r.quantity === 1)).toBe(true);
    // The request log is written behind (lib/usage/request-log.ts): what a shutdown would flush.
    await flushRequestLog();
    const log = await db.select().from(apiRequests).where(eq(apiRequests.tenantId, tenant.id));
    expect(log.map((l) => l.status).sort()).toEqual([200, 200, 402]);
    const summary = await callJson<{ meters: { meter: string; used: number; limit: number | null; mode: string | null }[] }>("GET", "/usage", { headers: { authorization: live.authorization } });
    expect(summary.body.meters).toContainEqual({ meter: "api_requests", used: 1, limit: 1000, mode: "hard", suggestedPlan: null });
    const slow = await callJson<{ data: unknown[]; nextCursor: string | null }>("GET", "/usage/requests?status=402&limit=1", { headers: { authorization: live.authorization } });
    expect(slow.body.data).toHaveLength(1);
    const daily = await callJson<{ data: { date: string; quantity: number }[] }>("GET", "/usage/daily?days=7", { headers: { authorization: live.authorization } });
    expect(daily.body.data).toHaveLength(7);
    expect(daily.body.data.at(-1)?.quantity).toBe(1);
    expect((await callJson("GET", "/usage/daily?days=91", { headers: { authorization: live.authorization } })).status).toBe(422);
  });
});
