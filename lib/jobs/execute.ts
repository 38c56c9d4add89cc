import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { backoffDelay, defaultRetry } from "./define";
import type { JobCatalog } from "./catalog";
import { isPermanentJobError } from "./permanent-error";
import { workerId } from "./worker-id";
import { recordJob } from "@/lib/metrics/record";

export type JobRow = typeof jobs.$inferSelect;

/** What happened to a job after one attempt. `skipped`: it was not pending (someone else has it). */
export type JobOutcome = "succeeded" | "retrying" | "dead" | "skipped";

const maxErrorLength = 4000;

function errorText(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.slice(0, maxErrorLength);
}

/** Runs one row that this worker has claimed (status running, attempts already counted). */
export async function runClaimedJob(catalog: JobCatalog, row: JobRow, worker = workerId): Promise<JobOutcome> {
  const job = catalog.jobs.get(row.name);
  if (!job) return finish(row, worker, { dead: `No job named "${row.name}" is registered in this process.` });

  let payload: unknown;
  try {
    payload = job.parse(row.payload);
  } catch (error) {
    // The same payload will fail the same way on every retry: dead letter it at once.
    return finish(row, worker, { dead: `Invalid payload: ${errorText(error)}` });
  }

  try {
    await job.run(payload, { jobId: row.id, attempt: row.attempts });
  } catch (error) {
    // A permanent failure fails the same way on every retry: dead letter it now.
    if (isPermanentJobError(error) || row.attempts >= row.maxAttempts) return finish(row, worker, { dead: errorText(error) });
    return finish(row, worker, { retryInMs: backoffDelay(row.attempts, job.retry), error: errorText(error) });
  }
  return finish(row, worker, {});
}

type Result = { dead: string } | { retryInMs: number; error: string } | Record<string, never>;

async function finish(row: JobRow, worker: string, result: Result): Promise<JobOutcome> {
  const outcome: JobOutcome = "dead" in result ? "dead" : "retryInMs" in result ? "retrying" : "succeeded";
  const released = { lockedAt: null, lockedBy: null };
  const values =
    "dead" in result
      ? { ...released, status: "dead", lastError: result.dead, completedAt: sql`now()` }
      : "retryInMs" in result
        ? {
            ...released,
            status: "pending",
            lastError: result.error,
            runAt: sql`now() + ${result.retryInMs}::double precision * interval '1 millisecond'`,
            // Each retry is a new hand-over when Trigger.dev runs the jobs (see dispatch.ts).
            dispatchedAt: null,
          }
        : { ...released, status: "succeeded", completedAt: sql`now()` };
  // Guarded by the lock: if the row was reclaimed as stuck meanwhile, the new owner records it.
  const updated = await db
    .update(jobs)
    .set(values)
    .where(and(eq(jobs.id, row.id), eq(jobs.status, "running"), eq(jobs.lockedBy, worker)))
    .returning({ id: jobs.id });
  const recorded = updated.length > 0 ? outcome : "skipped";
  recordJob(row.name, recorded);
  return recorded;
}

/**
 * Claims and runs one job by id, as the in-process runner would: what a Trigger.dev task calls.
 * The jobs table stays the source of truth for attempts, retries and the dead letter.
 */
export async function executeJob(catalog: JobCatalog, jobId: string): Promise<JobOutcome> {
  const worker = `${workerId}:${jobId}`;
  const [row] = await db
    .update(jobs)
    .set({ status: "running", attempts: sql`${jobs.attempts} + 1`, lockedAt: sql`now()`, lockedBy: worker })
    .where(and(eq(jobs.id, jobId), eq(jobs.status, "pending")))
    .returning();
  if (!row) return "skipped";
  return runClaimedJob(catalog, row, worker);
}

/** The retry budget a revived job gets: its definition's, or the default for unknown jobs. */
export function retryBudget(catalog: JobCatalog, name: string): number {
  return catalog.jobs.get(name)?.retry.maxAttempts ?? defaultRetry.maxAttempts;
}
