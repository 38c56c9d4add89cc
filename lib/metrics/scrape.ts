import { and, eq, lte, sql } from "drizzle-orm";
import { Gauge } from "prom-client";
import { db, poolStats } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { metrics, type Metrics } from "./registry";

/**
 * Gauges read at scrape time rather than kept up to date: the job queue lives in the database,
 * where every process (and Trigger.dev) changes it, so only a query tells its depth and lag.
 */
function gauges(registry: Metrics["registry"]) {
  const found = registry.getSingleMetric("jobs_ready");
  if (found) return gaugeSet(registry);
  new Gauge({ name: "jobs_ready", help: "Jobs due now and not yet taken (pending, run_at passed), by job name.", labelNames: ["job"], registers: [registry] });
  new Gauge({ name: "jobs_lag_seconds", help: "How long the oldest due job has waited past its run_at, by job name.", labelNames: ["job"], registers: [registry] });
  new Gauge({ name: "jobs_running", help: "Jobs a worker holds now, by job name.", labelNames: ["job"], registers: [registry] });
  new Gauge({ name: "db_pool_connections", help: "Database pool connections by state (total, idle, waiting); absent on PGlite.", labelNames: ["state"], registers: [registry] });
  return gaugeSet(registry);
}

function gaugeSet(registry: Metrics["registry"]) {
  const get = (name: string) => registry.getSingleMetric(name) as Gauge;
  return { ready: get("jobs_ready"), lag: get("jobs_lag_seconds"), running: get("jobs_running"), pool: get("db_pool_connections") };
}

/** The Prometheus text of this process's metrics, with the queue and pool gauges read now. */
export async function renderMetrics(): Promise<{ text: string; contentType: string }> {
  const { registry } = metrics();
  const g = gauges(registry);
  const [due, running] = await Promise.all([
    db
      .select({ job: jobs.name, count: sql<number>`count(*)::int`, lag: sql<number>`extract(epoch from now() - min(${jobs.runAt}))::float8` })
      .from(jobs)
      .where(and(eq(jobs.status, "pending"), lte(jobs.runAt, sql`now()`)))
      .groupBy(jobs.name),
    db.select({ job: jobs.name, count: sql<number>`count(*)::int` }).from(jobs).where(eq(jobs.status, "running")).groupBy(jobs.name),
  ]);
  // Reset first: a job name whose queue emptied must read 0, not its last value.
  for (const gauge of [g.ready, g.lag, g.running, g.pool]) gauge.reset();
  for (const row of due) {
    g.ready.set({ job: row.job }, Number(row.count));
    g.lag.set({ job: row.job }, Math.max(0, Number(row.lag)));
  }
  for (const row of running) g.running.set({ job: row.job }, Number(row.count));
  const pool = poolStats();
  if (pool) {
    g.pool.set({ state: "total" }, pool.totalCount);
    g.pool.set({ state: "idle" }, pool.idleCount);
    g.pool.set({ state: "waiting" }, pool.waitingCount);
  }
  return { text: await registry.metrics(), contentType: registry.contentType };
}
