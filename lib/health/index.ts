import { sql } from "drizzle-orm";
import { currentDriver, db } from "@/db/client";
import { env } from "@/lib/env";
import { jobRunnerStatus } from "@/lib/jobs";
import pkg from "@/package.json";

/** A tick older than this means the runner has stalled. */
const runnerStaleMs = 60_000;

export async function checkHealth() {
  const started = performance.now();
  let database: { ok: boolean; driver: string; latencyMs?: number; error?: string };
  try {
    await db.execute(sql`select 1`);
    database = { ok: true, driver: currentDriver(), latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    database = { ok: false, driver: "unknown", error: error instanceof Error ? error.message : String(error) };
  }
  const runner = jobRunnerStatus();
  // A process started with JOBS_RUNNER=off leaves jobs to another process: not a failure here.
  const jobsAlive =
    runner.engine === "trigger" ||
    env.JOBS_RUNNER === "off" ||
    (runner.running && runner.lastTickAt !== null && Date.now() - runner.lastTickAt.getTime() < runnerStaleMs);
  return {
    ok: database.ok && jobsAlive,
    database,
    jobs: { ...runner, ok: jobsAlive },
    versions: { app: pkg.version, next: pkg.dependencies.next, node: process.version },
    time: new Date().toISOString(),
  };
}
