import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { TenantContext } from "@/lib/tenants/context";
import { getEntitlements, type PlanId } from "@/lib/plans";
import { alertThresholds, apiRequestsMeter, isLimitedMeter, limitedMeters, type QuotaMode } from "./meters";
import { utcDay, type UsagePeriod } from "./period";
import { planThatFits, quotaFor } from "./quota";

const liveSql = sql.raw(`coalesce(e.properties->>'environment', 'live') <> 'test'`);
const dayOf = sql.raw(`date_trunc('day', e.timestamp at time zone 'UTC') at time zone 'UTC'`);

/**
 * Exact live usage per meter and UTC day in [from, to): daily aggregates up to the tenant's
 * watermark plus the raw events received after it. One statement, so one snapshot: a roll-up
 * committing meanwhile cannot make an event count twice or not at all. `from` and `to` must be
 * UTC midnights.
 */
export async function dailyTotals(tenantId: string, range: { from: Date; to: Date; meter?: string }) {
  const meterFilter = (column: string) => (range.meter ? sql`and ${sql.raw(column)} = ${range.meter}` : sql``);
  const result = await db.execute<{ meter: string; day: Date | string; quantity: string | number }>(sql`
    with w as (select coalesce((select watermark from usage_rollups where tenant_id = ${tenantId}), 'epoch'::timestamptz) as at)
    select meter, day, sum(quantity)::bigint as quantity from (
      select a.meter, a.bucket_start as day, a.quantity from usage_aggregates a
      where a.tenant_id = ${tenantId} and a.granularity = 'day' and a.bucket_start >= ${range.from} and a.bucket_start < ${range.to} ${meterFilter("a.meter")}
      union all
      select e.meter, ${dayOf} as day, e.quantity from usage_events e, w
      where e.tenant_id = ${tenantId} and e.received_at > w.at and e.timestamp >= ${range.from} and e.timestamp < ${range.to} and ${liveSql} ${meterFilter("e.meter")}
    ) x group by meter, day order by day, meter`);
  return result.rows.map((r) => ({ meter: r.meter, day: utcDay(new Date(r.day)), quantity: Number(r.quantity) }));
}

const midnightOnOrAfter = (at: Date) => {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return new Date(day === at.getTime() ? day : day + 86_400_000);
};
const midnightOnOrBefore = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/**
 * Exact live usage per meter over a period, whose bounds may fall at any moment (a billing cycle
 * starts when its first charge did): whole UTC days inside it from the daily roll-ups (plus raw
 * events after the watermark, as dailyTotals), the part-days at either end from the raw events.
 * One statement, so one snapshot: nothing is counted twice or missed while a roll-up commits.
 */
export async function periodTotals(tenantId: string, period: UsagePeriod, meter?: string): Promise<Map<string, number>> {
  let wholeFrom = midnightOnOrAfter(period.start);
  let wholeTo = midnightOnOrBefore(period.end);
  if (wholeFrom >= wholeTo) wholeFrom = wholeTo = period.start;
  const meterFilter = (column: string) => (meter ? sql`and ${sql.raw(column)} = ${meter}` : sql``);
  const result = await db.execute<{ meter: string; quantity: string | number }>(sql`
    with w as (select coalesce((select watermark from usage_rollups where tenant_id = ${tenantId}), 'epoch'::timestamptz) as at)
    select meter, sum(quantity)::bigint as quantity from (
      select a.meter, a.quantity from usage_aggregates a
      where a.tenant_id = ${tenantId} and a.granularity = 'day' and a.bucket_start >= ${wholeFrom} and a.bucket_start < ${wholeTo} ${meterFilter("a.meter")}
      union all
      select e.meter, e.quantity from usage_events e, w
      where e.tenant_id = ${tenantId} and e.received_at > w.at and e.timestamp >= ${wholeFrom} and e.timestamp < ${wholeTo} and ${liveSql} ${meterFilter("e.meter")}
      union all
      select e.meter, e.quantity from usage_events e
      where e.tenant_id = ${tenantId} and ${liveSql} ${meterFilter("e.meter")}
        and ((e.timestamp >= ${period.start} and e.timestamp < ${wholeFrom}) or (e.timestamp >= ${wholeTo} and e.timestamp < ${period.end}))
    ) x group by meter`);
  return new Map(result.rows.map((r) => [r.meter, Number(r.quantity)]));
}

/** `suggestedPlan`: from 80% of a quota on, the smallest plan whose quota would hold this usage. */
export type MeterUsage = { meter: string; used: number; limit: number | null; mode: QuotaMode | null; suggestedPlan: PlanId | null };

/**
 * `GET /usage`: this period's usage of every limited meter and every meter used, with the limit
 * and enforcement mode. `mode` is null for meters without a plan limit.
 */
export async function getUsageSummary(ctx: Pick<TenantContext, "tenantId">, now = new Date()) {
  const { period } = await getEntitlements(ctx.tenantId, db, now);
  const totals = await periodTotals(ctx.tenantId, period);
  const names = new Set<string>([...Object.keys(limitedMeters), ...totals.keys()]);
  const meters: MeterUsage[] = [];
  for (const meter of [...names].sort()) {
    const quota = isLimitedMeter(meter) ? await quotaFor(ctx.tenantId, meter, db, now) : null;
    const used = totals.get(meter) ?? 0;
    const limit = quota?.limit ?? null;
    const nearLimit = quota && limit !== null && used >= (limit * alertThresholds[0]) / 100;
    const suggestedPlan = nearLimit ? planThatFits(quota.plan, meter, Math.max(used, limit) + 1) : null;
    meters.push({ meter, used, limit, mode: quota?.mode ?? null, suggestedPlan });
  }
  return { period: { start: period.start.toISOString(), end: period.end.toISOString() }, meters };
}

/** `GET /usage/daily`: one point per UTC day for the last `days` days (today included), zeros filled. */
export async function getDailyUsage(ctx: Pick<TenantContext, "tenantId">, query: { meter?: string; days: number }, now = new Date()) {
  const meter = query.meter ?? apiRequestsMeter;
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const from = new Date(to.getTime() - query.days * 86_400_000);
  const rows = await dailyTotals(ctx.tenantId, { from, to, meter });
  const byDay = new Map(rows.map((r) => [r.day, r.quantity]));
  const data = Array.from({ length: query.days }, (_, i) => {
    const date = utcDay(new Date(from.getTime() + i * 86_400_000));
    return { date, quantity: byDay.get(date) ?? 0 };
  });
  return { meter, days: query.days, data };
}
