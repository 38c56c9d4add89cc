/**
 * Usage ingest throughput: 50 batches of 1,000 events (50,000 events) through Keel's
 * `ingestUsageEvents` (lib/usage/ingest.ts: one INSERT … ON CONFLICT DO NOTHING per batch, then the
 * quota counter for live `api_requests` events, in one transaction), one batch after another, for
 * one enterprise tenant. Prints events/s and per-batch p50/p99 on Postgres and on PGlite, and the
 * ratio. The aim: at least 2,000 events/s on Postgres.
 * Each database is a throwaway one (Postgres: `keel_bench_<pid>` on BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres; PGlite: a directory in /tmp), run in a child process.
 * Run: `npx tsx bench/usage-ingest.ts`   (BENCH_TARGETS=postgres or =pglite for one of them)
 */
import { fileURLToPath } from "node:url";
import { childTarget, report, runOnTargets } from "./_lib/targets";

const BATCHES = 50;
const BATCH_SIZE = 1_000;
const AIM = 2_000; // events/s on Postgres

type Result = { eventsPerSecond: number; p50: number; p99: number; accepted: number };

if (childTarget === null) {
  const results = (await runOnTargets(fileURLToPath(import.meta.url))) as { postgres?: Result; pglite?: Result };
  console.log("\n=== summary ===");
  for (const [target, r] of Object.entries(results)) console.log(`${target.padEnd(8)} ${Math.round(r.eventsPerSecond).toString().padStart(7)} events/s`);
  if (results.postgres && results.pglite) console.log(`Postgres / PGlite: ${(results.postgres.eventsPerSecond / results.pglite.eventsPerSecond).toFixed(2)}×`);
  if (results.postgres) console.log(`aim ≥ ${AIM} events/s on Postgres: ${results.postgres.eventsPerSecond >= AIM ? "met" : "NOT met"} (${(results.postgres.eventsPerSecond / AIM).toFixed(1)}× the aim)`);
} else {
  const { fmt, summarize } = await import("./_lib/stats");
  const { closeDb, db } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrator");
  const { tenants } = await import("@/db/schema/tenants");
  const { newId } = await import("@/lib/ids");
  const { ingestUsageEvents } = await import("@/lib/usage/ingest");

  await runMigrations();
  const tenantId = newId("tenant");
  await db.insert(tenants).values({ id: tenantId, name: "Bench", slug: `bench-${tenantId.slice(4)}` });
  const { writeTenantPlan } = await import("@/lib/plans");
  await writeTenantPlan(db, tenantId, { plan: "enterprise", state: "active" });
  const ctx = { tenantId };
  const batch = (b: number) =>
    Array.from({ length: BATCH_SIZE }, (_, i) => ({
      meter: "api_requests",
      quantity: 1,
      timestamp: new Date(),
      idempotencyKey: `bench-${b}-${i}`,
      properties: { route: "/v1/echo", status: 200 },
    }));

  await ingestUsageEvents(ctx, batch(-1)); // warm-up: connections, plans, first quota row
  const batches = Array.from({ length: BATCHES }, (_, b) => batch(b));
  const samples: number[] = [];
  let accepted = 0;
  const started = performance.now();
  for (const events of batches) {
    const t = performance.now();
    accepted += (await ingestUsageEvents(ctx, events)).accepted;
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  const s = summarize(samples);
  const eventsPerSecond = (BATCHES * BATCH_SIZE) / seconds;
  console.log(`${childTarget}: ${BATCHES * BATCH_SIZE} events in ${BATCHES} batches of ${BATCH_SIZE} (${accepted} accepted) in ${seconds.toFixed(2)} s`);
  console.log(`${childTarget}: ${Math.round(eventsPerSecond)} events/s; per batch p50 ${fmt(s.p50)}, p99 ${fmt(s.p99)}`);
  report({ eventsPerSecond, p50: s.p50, p99: s.p99, accepted } satisfies Result);
  await closeDb();
}
