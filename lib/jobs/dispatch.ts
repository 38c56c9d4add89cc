import { and, eq, inArray, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { env } from "@/lib/env";
import { jobNames, type JobCatalog } from "./catalog";
import { workerId } from "./worker-id";

/** A job handed to an external engine. */
export type DispatchedJob = { jobId: string; name: string; payload: unknown; idempotencyKey: string };

/** Hands one job to an external engine; resolves once the engine has accepted it. */
export type Dispatch = (job: DispatchedJob) => Promise<void>;

/**
 * The Trigger.dev hand-over: triggers the task named after the job (see trigger/jobs.ts). The SDK
 * finds the API at TRIGGER_API_URL (default https://api.trigger.dev). One attempt: the SDK would
 * retry a failure 4 times over about 9 s, and hand-overs run one after another, so an outage would
 * hold every tick for that long per due job; a failed hand-over is sent again by the next tick
 * under the same key instead.
 */
export const triggerDispatch: Dispatch = async ({ jobId, name, payload, idempotencyKey }) => {
  const { configure, tasks } = await import("@trigger.dev/sdk");
  configure({ accessToken: env.TRIGGER_SECRET_KEY });
  await tasks.trigger(name, { jobId, payload }, { idempotencyKey }, { retry: { maxAttempts: 1 } });
};

/**
 * The job id is the idempotency key of the first hand-over. A retry or a revived job must start a
 * new Trigger.dev run, so later hand-overs add the attempts made so far; a sweeper re-sending
 * the same hand-over reuses the same key and Trigger.dev drops the duplicate.
 */
export function dispatchKey(row: { id: string; attempts: number }): string {
  return row.attempts === 0 ? row.id : `${row.id}:after-${row.attempts}`;
}

export type DispatchOptions = {
  /** The engine to hand jobs to. @default triggerDispatch */
  dispatch?: Dispatch;
  /** Most jobs handed over per call. @default 50 */
  limit?: number;
};

/** Hands due, never-dispatched jobs to the engine and marks them `dispatchedAt`. */
export function dispatchDueJobs(catalog: JobCatalog, opts: DispatchOptions = {}): Promise<number> {
  return handOver(catalog, isNull(jobs.lockedAt), opts);
}

export type SweepOptions = DispatchOptions & {
  /** How old an unmarked hand-over must be before it is sent again. @default 30_000 */
  staleAfterMs?: number;
};

/**
 * Re-sends jobs whose hand-over started more than `staleAfterMs` ago and never got marked: the
 * dispatching process died mid-hand-over, perhaps after the engine accepted the job. (A hand-over
 * that fails releases its lease at once, so the next `dispatchDueJobs` sends that one again.)
 */
export function sweepUndispatched(catalog: JobCatalog, opts: SweepOptions = {}): Promise<number> {
  const staleAfterMs = opts.staleAfterMs ?? 30_000;
  return handOver(catalog, lt(jobs.lockedAt, sql`now() - ${staleAfterMs}::double precision * interval '1 millisecond'`), opts);
}

async function handOver(catalog: JobCatalog, lease: SQL | undefined, opts: DispatchOptions): Promise<number> {
  const dispatch = opts.dispatch ?? triggerDispatch;
  const names = jobNames(catalog);
  if (names.length === 0) return 0;
  // Take a lease first (a pending row's lockedAt), so two processes never send the same row.
  const candidates = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.status, "pending"),
        isNull(jobs.dispatchedAt),
        lte(jobs.runAt, sql`now()`),
        inArray(jobs.name, names),
        lease,
      ),
    )
    .orderBy(jobs.runAt)
    .limit(opts.limit ?? 50)
    .for("update", { skipLocked: true });
  const leased = await db
    .update(jobs)
    .set({ lockedAt: sql`now()`, lockedBy: workerId })
    .where(inArray(jobs.id, candidates))
    .returning();

  let sent = 0;
  for (const row of leased) {
    const mine = and(eq(jobs.id, row.id), eq(jobs.lockedBy, workerId), isNull(jobs.dispatchedAt));
    try {
      await dispatch({ jobId: row.id, name: row.name, payload: row.payload, idempotencyKey: dispatchKey(row) });
    } catch (error) {
      // Release at once: the next tick tries again with the same key.
      const message = error instanceof Error ? error.message : String(error);
      await db.update(jobs).set({ lockedAt: null, lockedBy: null, lastError: `Dispatch failed: ${message}` }).where(mine);
      continue;
    }
    await db.update(jobs).set({ dispatchedAt: sql`now()`, lockedAt: null, lockedBy: null }).where(mine);
    sent++;
  }
  return sent;
}
