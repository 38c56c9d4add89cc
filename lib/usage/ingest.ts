import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { usageCounters, usageEvents } from "@/db/schema/usage";
import { currentPeriod, entitlementsFor, readTenantPlan, type TenantPlan } from "@/lib/plans";
import type { TenantContext } from "@/lib/tenants/context";
import { withTenant } from "@/lib/tenants/context";
import { isLimitedMeter } from "./meters";
import type { UsagePeriod } from "./period";
import { consumeQuota, quotaOf } from "./quota";
import type { ParsedEvent } from "./schemas";
import { usageIds } from "./catalog";

/** `live` usage counts toward quotas and billing; `test` (from test-mode API keys) is kept but never does. */
export type UsageEnvironment = "live" | "test";

export type UsageSource = { apiKeyId: string | null; environment: UsageEnvironment };

/** SQL: the event is live usage (test-mode events are recorded but never counted). */
export const isLiveEvent = sql`coalesce(${usageEvents.properties}->>'environment', 'live') <> 'test'`;

/**
 * Inserts events with one `INSERT … ON CONFLICT DO NOTHING RETURNING`: the rows returned are the
 * ones that were new. A key repeated inside the batch counts once (the first wins). The batch goes
 * as one JSON parameter unpacked by `jsonb_to_recordset`, not 8 bind parameters a row: a batch of
 * 1,000 would be 8,000 parameters for the server to parse and bind, and on PGlite that work runs in
 * the app's own thread.
 */
export async function insertUsageEvents(tx: Executor, tenantId: string, events: ParsedEvent[], source: UsageSource) {
  const seen = new Set<string>();
  const rows = events.flatMap((event) => {
    if (seen.has(event.idempotencyKey)) return [];
    seen.add(event.idempotencyKey);
    return [
      {
        id: usageIds.newId("usageEvent"),
        meter: event.meter,
        quantity: event.quantity,
        at: event.timestamp.toISOString(),
        // Set by the server, never the client: a live key cannot mark its usage as free.
        properties: { ...event.properties, environment: source.environment },
        key: event.idempotencyKey,
      },
    ];
  });
  if (rows.length === 0) return [];
  const { rows: inserted } = await tx.execute<{ meter: string; quantity: number; timestamp: Date | string }>(sql`
    insert into ${usageEvents} (id, tenant_id, meter, quantity, "timestamp", api_key_id, properties, idempotency_key)
    select r.id, ${tenantId}, r.meter, r.quantity, r.at, ${source.apiKeyId}, r.properties, r.key
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id text, meter text, quantity integer, at timestamptz, properties jsonb, key text)
    on conflict (tenant_id, idempotency_key) do nothing
    returning meter, quantity, "timestamp"`);
  return inserted.map((row) => ({ meter: row.meter, quantity: Number(row.quantity), timestamp: new Date(row.timestamp) }));
}

/**
 * Records usage events for the tenant. The same batch sent twice, or one key sent by 20 callers
 * at once, counts once: `{ accepted, duplicates }` says how many were new. Live events on limited
 * meters also move the quota counters (never refused: the usage already happened).
 */
export async function ingestUsageEvents(
  ctx: Pick<TenantContext, "tenantId">,
  events: ParsedEvent[],
  source: UsageSource = { apiKeyId: null, environment: "live" },
): Promise<{ accepted: number; duplicates: number }> {
  const accepted = await withTenant(ctx, async (tx) => {
    const inserted = await insertUsageEvents(tx, ctx.tenantId, events, source);
    const limited = inserted.filter((row) => isLimitedMeter(row.meter));
    if (source.environment === "live" && limited.length > 0) {
      // The plan is read once for the batch: it prices every counter and places every event.
      const tenantPlan = await readTenantPlan(tx, ctx.tenantId);
      const entitlements = entitlementsFor(tenantPlan);
      const periodOf = periodFinder(tx, ctx.tenantId, tenantPlan, entitlements.period);
      const sums = new Map<string, { meter: string; period: UsagePeriod; quantity: number }>();
      for (const row of limited) {
        const period = await periodOf(row.meter, row.timestamp);
        const key = `${row.meter}|${period.start.toISOString()}`;
        const sum = sums.get(key) ?? { meter: row.meter, period, quantity: 0 };
        sum.quantity += row.quantity;
        sums.set(key, sum);
      }
      // Counted, never refused: the usage already happened. Alerts still fire. Oldest period first,
      // the order keel_usage_counter_open locks counters in, so concurrent batches cannot deadlock.
      const groups = [...sums.values()].sort((a, b) => a.period.start.getTime() - b.period.start.getTime() || a.meter.localeCompare(b.meter));
      for (const { meter, period, quantity } of groups) {
        await consumeQuota(tx, { ...quotaOf(entitlements, meter), period, tenantId: ctx.tenantId, quantity, enforce: false });
      }
    }
    return inserted.length;
  });
  return { accepted, duplicates: events.length - accepted };
}

/**
 * The period an event counts in: the tenant's current one when it falls there; else (a late
 * event) the counter whose [start, end) holds it, so it joins the period it happened in; else the
 * period the tenant's plan gives for that moment. Counters found are remembered for the batch.
 */
function periodFinder(tx: Executor, tenantId: string, tenantPlan: TenantPlan, now: UsagePeriod) {
  const known: Array<UsagePeriod & { meter: string }> = [];
  const holds = (period: UsagePeriod, at: Date) => period.start <= at && at < period.end;
  return async (meter: string, at: Date): Promise<UsagePeriod> => {
    if (holds(now, at)) return now;
    const seen = known.find((period) => period.meter === meter && holds(period, at));
    if (seen) return seen;
    const [counter] = await tx
      .select({ start: usageCounters.periodStart, end: usageCounters.periodEnd })
      .from(usageCounters)
      .where(and(eq(usageCounters.tenantId, tenantId), eq(usageCounters.meter, meter), lte(usageCounters.periodStart, at), gt(usageCounters.periodEnd, at)))
      .orderBy(desc(usageCounters.periodStart))
      .limit(1);
    const period = counter ?? currentPeriod(tenantPlan, at);
    known.push({ meter, ...period });
    return period;
  };
}

