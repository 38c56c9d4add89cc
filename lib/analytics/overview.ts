import { between, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { analyticsRolledDays } from "@/db/schema/analytics";
import { rollupRows } from "./aggregate";

const isoDay = z.iso.date("Use a date as YYYY-MM-DD.");

/** `from` and `to`, both inclusive, in UTC; the last 30 days when absent. At most three years. */
export const rangeQuery = z
  .object({ from: isoDay.optional(), to: isoDay.optional() })
  .transform(({ from, to }, ctx) => {
    const end = to ?? new Date().toISOString().slice(0, 10);
    const start = from ?? new Date(Date.parse(end) - 29 * 86_400_000).toISOString().slice(0, 10);
    if (start > end) ctx.addIssue({ code: "custom", path: ["from"], message: "`from` must not be after `to`." });
    if (Date.parse(end) - Date.parse(start) > 3 * 366 * 86_400_000) ctx.addIssue({ code: "custom", path: ["from"], message: "Ask for at most three years at a time." });
    return { from: start, to: end };
  });
export type DayRange = z.output<typeof rangeQuery>;

type Summed = { dimension: string; value: string; visitors: number; pageviews: number; sessions: number; bounces: number; duration: number };

/** How many rows of each breakdown the overview lists. */
const topN = 10;

/**
 * The dashboard's figures for a range: rolled-up days from analytics_daily, the rest (today, and
 * any day the job has not reached) counted from raw events by the same query the job uses. One
 * round trip; over a year of rollups it reads a few thousand rows, whatever the traffic was.
 * A range's visitors are the sum of its days' (the visitor hash changes daily, as Plausible's does).
 */
export async function analyticsOverview(range: DayRange) {
  const { from, to } = range;
  // The days to count live, named one by one: a `not in (rolled days)` over the range made the
  // planner read every raw row of the range (540 ms over 1M pageviews, against milliseconds).
  const live = rollupRows(sql`day = any(${`{${await unrolledDays(range)}}`}::date[])`);
  const result = await db.execute(sql`
    with live as (${live}),
    all_rows as (
      select day, dimension, value, visitors, pageviews, sessions, bounces, duration_seconds from analytics_daily where day between ${from} and ${to}
      union all select day, dimension, value, visitors, pageviews, sessions, bounces, duration_seconds from live
    ), summed as (
      select dimension, value, sum(visitors)::int as visitors, sum(pageviews)::int as pageviews, sum(sessions)::int as sessions,
        sum(bounces)::int as bounces, sum(duration_seconds)::float8 as duration
      from all_rows group by dimension, value
      union all
      select 'daily', day::text, visitors, pageviews, sessions, bounces, duration_seconds::float8 from all_rows where dimension = 'total'
    ), ranked as (
      select *, row_number() over (partition by dimension order by pageviews desc, visitors desc, value) as rank from summed
    )
    select dimension, value, visitors, pageviews, sessions, bounces, duration from ranked
    where rank <= ${topN} or dimension = 'daily'`);
  const rows = (result.rows as Summed[]).map((row) => ({ ...row, visitors: Number(row.visitors), pageviews: Number(row.pageviews), sessions: Number(row.sessions), bounces: Number(row.bounces), duration: Number(row.duration) }));
  const of = (dimension: string) => rows.filter((row) => row.dimension === dimension);
  const total = of("total")[0] ?? { visitors: 0, pageviews: 0, sessions: 0, bounces: 0, duration: 0 };
  const orNull = (value: string) => (value === "" ? null : value);
  return {
    from,
    to,
    visitors: total.visitors,
    pageviews: total.pageviews,
    visits: total.sessions,
    bounceRate: total.sessions === 0 ? 0 : total.bounces / total.sessions,
    avgDurationSeconds: total.sessions === 0 ? 0 : Math.round(total.duration / total.sessions),
    topPages: of("page").map((row) => ({ path: row.value, pageviews: row.pageviews, visitors: row.visitors })),
    sources: of("source").map((row) => ({ source: orNull(row.value), visitors: row.visitors, pageviews: row.pageviews })),
    campaigns: of("campaign").map((row) => ({ campaign: row.value, visitors: row.visitors, pageviews: row.pageviews })),
    countries: of("country").map((row) => ({ country: orNull(row.value), visitors: row.visitors })),
    devices: of("device").map((row) => ({ device: row.value, visitors: row.visitors })),
    daily: of("daily")
      .map((row) => ({ day: row.value, visitors: row.visitors, pageviews: row.pageviews }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}
/** The days of a range that have no rollup yet (today, and any day the job has not reached). */
async function unrolledDays({ from, to }: DayRange): Promise<string[]> {
  const rolled = await db.select({ day: analyticsRolledDays.day }).from(analyticsRolledDays).where(between(analyticsRolledDays.day, from, to));
  const done = new Set(rolled.map((r) => r.day));
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    if (!done.has(day)) days.push(day);
  }
  return days;
}

export type AnalyticsOverview = Awaited<ReturnType<typeof analyticsOverview>>;

/**
 * Visit → sign-up → trial → paid over a range, from Keel's own records: the tracker's visitors,
 * accounts created (users), and tenants whose billing state moved to `trialing` or `active`
 * (the billing module's `billing.state_changed` events; a recovery from past due is not a
 * conversion). Visitors are anonymous, so the steps are
 * counts in the same period, not one cohort followed through. Without the billing module the
 * last two steps count nothing.
 */
export async function conversionFunnel(range: DayRange, visitors: number) {
  const start = `${range.from}T00:00:00Z`;
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString();
  const result = await db.execute(sql`
    select
      (select count(*)::int from users where created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz) as signups,
      (select count(distinct tenant_id)::int from events where type = 'billing.state_changed' and data->>'to' = 'trialing'
        and created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz) as trials,
      (select count(distinct tenant_id)::int from events where type = 'billing.state_changed' and data->>'to' = 'active'
        and coalesce(data->>'from', '') not in ('past_due', 'suspended') and created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz) as paid`);
  const counts = result.rows[0] as { signups: number; trials: number; paid: number };
  const steps = [
    { step: "visit", count: visitors },
    { step: "signup", count: Number(counts.signups) },
    { step: "trial", count: Number(counts.trials) },
    { step: "paid", count: Number(counts.paid) },
  ] as const;
  return { from: range.from, to: range.to, steps: steps.map((s, i) => ({ ...s, conversion: i === 0 ? null : steps[i - 1]!.count === 0 ? null : s.count / steps[i - 1]!.count })) };
}
