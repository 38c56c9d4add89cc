/**
 * The analytics dashboard over 1,000,000 pageviews spread across 90 days: loads them (by SQL, as
 * the collect endpoint would have stored them), rolls up the 89 closed days as the hourly job
 * does, then times `analyticsOverview` (lib/analytics/overview.ts: rollups for closed days plus
 * today's ~11,000 raw rows counted live) over the 90 days, 40 times. Prints p50/p99 on Postgres and
 * on PGlite, their ratio, and one overview with nothing rolled up, to show what rollups save.
 * The aim: under 200 ms. In-process (no HTTP): the figure is the query's, which is what
 * the route adds to a request.
 * Each database is a throwaway one (Postgres: `keel_bench_<pid>` on BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres; PGlite: a directory in /tmp), run in a child process.
 * Run: `npx tsx bench/analytics.ts`   (BENCH_TARGETS=postgres or =pglite for one of them)
 */
import { fileURLToPath } from "node:url";
import { childTarget, report, runOnTargets } from "./_lib/targets";

const PAGEVIEWS = 1_000_000;
const DAYS = 90;
const ROUNDS = 40;
const AIM_MS = 200;

type Result = { p50: number; p99: number; loadSeconds: number; rollupSeconds: number; unrolledMs: number };

if (childTarget === null) {
  const results = (await runOnTargets(fileURLToPath(import.meta.url))) as { postgres?: Result; pglite?: Result };
  console.log("\n=== summary: overview over 90 days of 1,000,000 pageviews (in-process) ===");
  for (const [target, r] of Object.entries(results)) {
    console.log(`${target.padEnd(8)} p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (no rollups: ${r.unrolledMs.toFixed(0)} ms; load ${r.loadSeconds.toFixed(1)} s, roll-up ${r.rollupSeconds.toFixed(1)} s)`);
  }
  if (results.postgres && results.pglite) console.log(`PGlite / Postgres p50: ${(results.pglite.p50 / results.postgres.p50).toFixed(2)}×`);
  for (const [target, r] of Object.entries(results)) console.log(`aim p99 < ${AIM_MS} ms on ${target}: ${r.p99 < AIM_MS ? "met" : "NOT met"} (${(AIM_MS / r.p99).toFixed(1)}× headroom)`);
} else {
  const { sql } = await import("drizzle-orm");
  const { fmt, summarize, timeSequential } = await import("./_lib/stats");
  const { closeDb, db } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrator");
  const { analyticsOverview } = await import("@/lib/analytics/overview");
  const { rollUpClosedDays } = await import("@/lib/analytics/rollup");

  await runMigrations();
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const range = { from: new Date(now.getTime() - (DAYS - 1) * 86_400_000).toISOString().slice(0, 10), to: today };

  // Generated in the database: 1M rows through the driver would time the driver, not the dashboard.
  // ~11,000 pageviews a day by ~4,000 visitors a day, 40 paths, 8 sources, 3 campaigns, 10 countries.
  let started = performance.now();
  const n = (value: number) => sql.raw(String(value));
  for (let chunk = 0; chunk < PAGEVIEWS; chunk += 100_000) {
    await db.execute(sql`
      insert into analytics_events (day, occurred_at, visitor, name, path, source, utm_campaign, country, device)
      select d::date, d + make_interval(secs => (i::bigint * 7919 % least(86399, greatest(1, extract(epoch from ${now.toISOString()}::timestamptz - d)::int)))::int),
        'v' || (i % ${n(DAYS)}) || '-' || ((i / ${n(DAYS)}) % 4000), 'pageview', '/page-' || (i % 40),
        (array[null, null, 'google.com', 'github.com', 'news.ycombinator.com', 'twitter', 'reddit.com', 'bing.com'])[1 + i % 8],
        (array[null, 'launch', 'newsletter', 'spring'])[1 + (i / 7) % 4],
        (array['US', 'DE', 'GB', 'FR', 'IN', 'BR', 'JP', 'CA', 'NL', null])[1 + i % 10],
        (array['desktop', 'desktop', 'mobile', 'tablet'])[1 + (i / 3) % 4]
      from generate_series(${n(chunk)}, ${n(chunk + 99_999)}) as i,
        lateral (select date_trunc('day', ${now.toISOString()}::timestamptz at time zone 'UTC') at time zone 'UTC' - make_interval(days => i % ${n(DAYS)}) as d) as start`);
  }
  await db.execute(sql`analyze analytics_events`); // as autovacuum would after a load this size
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(`${childTarget}: loaded ${PAGEVIEWS.toLocaleString("en")} pageviews over ${DAYS} days in ${loadSeconds.toFixed(1)} s`);

  started = performance.now();
  const unrolled = await analyticsOverview(range);
  const unrolledMs = performance.now() - started;
  console.log(`${childTarget}: overview with nothing rolled up: ${fmt(unrolledMs)} (${unrolled.pageviews.toLocaleString("en")} pageviews, ${unrolled.visitors.toLocaleString("en")} visitors)`);

  started = performance.now();
  const rolled = await rollUpClosedDays(now);
  const rollupSeconds = (performance.now() - started) / 1000;
  console.log(`${childTarget}: rolled up ${rolled.length} days in ${rollupSeconds.toFixed(1)} s`);

  await analyticsOverview(range); // warm-up
  const samples = await timeSequential(ROUNDS, () => analyticsOverview(range));
  const s = summarize(samples);
  const check = await analyticsOverview(range);
  if (check.pageviews !== unrolled.pageviews || check.visitors !== unrolled.visitors) throw new Error("The rolled-up overview disagrees with the raw one.");
  console.log(`${childTarget}: overview over ${DAYS} days, ${ROUNDS} rounds: p50 ${fmt(s.p50)}, p99 ${fmt(s.p99)} (same figures as raw: ${check.pageviews.toLocaleString("en")} pageviews)`);
  report({ p50: s.p50, p99: s.p99, loadSeconds, rollupSeconds, unrolledMs } satisfies Result);
  await closeDb();
}
