import { and, eq, gt, inArray, lt, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { env } from "@/lib/env";
import { captureException } from "@/lib/observability";
import { isBuildPhase } from "@/lib/runtime";
import { scheduleCronJobs } from "./cron";
import { dispatchDueJobs, sweepUndispatched } from "./dispatch";
import { runClaimedJob } from "./execute";
import { jobNames, type JobCatalog } from "./catalog";
import { fanOutEvents } from "./fan-out";
import { workerId } from "./worker-id";

export type RunDueJobsOptions = {
  /** Most jobs claimed (and run concurrently) by this call. @default 10 */
  limit?: number;
};

/**
 * Fans out committed events, then claims due jobs with `FOR UPDATE SKIP LOCKED` (so concurrent
 * runners never take the same row), runs them and records each outcome. Only jobs of the catalog
 * are claimed. Returns how many ran.
 */
export async function runDueJobs(catalog: JobCatalog, opts: RunDueJobsOptions = {}): Promise<number> {
  await fanOutEvents(catalog);
  return runDueBatch(catalog, opts);
}

/** Claims and runs one batch of due jobs of the catalog (no fan-out); how many ran. */
async function runDueBatch(catalog: JobCatalog, opts: RunDueJobsOptions = {}): Promise<number> {
  const names = jobNames(catalog);
  if (names.length === 0) return 0;
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, "pending"), lte(jobs.runAt, sql`now()`), inArray(jobs.name, names)))
    .orderBy(jobs.runAt)
    .limit(opts.limit ?? 10)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(jobs)
    .set({ status: "running", attempts: sql`${jobs.attempts} + 1`, lockedAt: sql`now()`, lockedBy: workerId })
    .where(inArray(jobs.id, due))
    .returning();
  await Promise.all(claimed.map((row) => runClaimedJob(catalog, row)));
  return claimed.length;
}

export type DrainJobsOptions = {
  /**
   * Stop after this many batches even if jobs are still due (a job that keeps re-enqueuing; the
   * timeout bounds it too). High enough for a shared test database, where every process's events
   * (each published one also fans out to webhooks) queue ahead of this test's. @default 1000
   */
  maxRounds?: number;
  /** Give up waiting after this long. @default 30_000 */
  timeoutMs?: number;
};

/**
 * Runs jobs until none are due and none of this process's kinds are still running anywhere (on a
 * shared test database another process may have claimed one of ours). For tests and scripts;
 * jobs scheduled in the future stay.
 */
export async function drainJobs(catalog: JobCatalog, opts: DrainJobsOptions = {}): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let rounds = 0;
  while (rounds < (opts.maxRounds ?? 1000) && Date.now() < deadline) {
    // Progress is events fanned out as well as jobs run: a backlog of events that make no job here
    // (on a shared database, other files' events whose subscribers want none of them) is worked
    // through 100 at a time, and the events behind it still reach their subscribers.
    const fannedOut = await fanOutEvents(catalog);
    if (fannedOut + (await runDueBatch(catalog)) > 0) {
      rounds++;
      continue;
    }
    if (!(await anyInFlight(catalog))) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function anyInFlight(catalog: JobCatalog): Promise<boolean> {
  const names = jobNames(catalog);
  if (names.length === 0) return false;
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.status, "running"),
        inArray(jobs.name, names),
        gt(jobs.lockedAt, sql`now() - ${stuckAfterMs}::double precision * interval '1 millisecond'`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** How long a job may stay `running` before it is presumed lost with its process. */
export const stuckAfterMs = 5 * 60_000;

/**
 * Returns jobs stuck in `running` (their process died mid-run) to pending, or to dead when they
 * have used their attempts. Clearing `dispatchedAt` makes Trigger.dev runs re-dispatch too.
 */
export async function reclaimStuckJobs(): Promise<number> {
  const stuck = and(
    eq(jobs.status, "running"),
    lt(jobs.lockedAt, sql`now() - ${stuckAfterMs}::double precision * interval '1 millisecond'`),
  );
  const reclaimed = await db
    .update(jobs)
    .set({
      status: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then 'dead' else 'pending' end`,
      lastError: "Lost while running: no result within 5 minutes (its process probably died).",
      lockedAt: null,
      lockedBy: null,
      dispatchedAt: null,
      runAt: sql`now()`,
    })
    .where(stuck)
    .returning({ id: jobs.id });
  return reclaimed.length;
}

type RunnerState = { running: boolean; lastTickAt: Date | null; engine: "in-process" | "trigger" };

// On globalThis: Next dev reloads and Turbopack's duplicate module copies must never start two.
const globalKey = Symbol.for("keel.jobs.runner");
const store = globalThis as typeof globalThis & { [globalKey]?: RunnerState };

function engine(): RunnerState["engine"] {
  return env.TRIGGER_SECRET_KEY ? "trigger" : "in-process";
}

/** For GET /internal/health. */
export function jobRunnerStatus(): RunnerState {
  const state = store[globalKey];
  return { running: state?.running ?? false, lastTickAt: state?.lastTickAt ?? null, engine: engine() };
}

export type JobsTickOptions = {
  /** The clock cron slots are computed from. @default now */
  now?: Date;
  /** Also enqueue a cron slot that fell due at most this long ago (see scheduleCronJobs). @default 0 */
  catchUpMs?: number;
  /** Most jobs run (in-process) or handed over (Trigger.dev) by this call. @default unbounded */
  maxJobs?: number;
  /** Start no new batch once this much time has passed. @default unbounded */
  budgetMs?: number;
};

export type JobsTickResult = {
  engine: RunnerState["engine"];
  /** Jobs found stuck in `running` and put back. */
  reclaimed: number;
  /** Cron slots enqueued (or confirmed) by this tick. */
  cronSlots: number;
  /** Jobs run in this process (in-process engine). */
  ran: number;
  /** Jobs handed to Trigger.dev (Trigger.dev engine). */
  handedOver: number;
  /** True when the bounds stopped the work while more was due: the next call continues. */
  more: boolean;
};

/**
 * One pass of the runner's work: reclaim stuck jobs, schedule cron slots, then run the due jobs
 * in-process, or fan out events and hand due jobs to Trigger.dev when TRIGGER_SECRET_KEY is set.
 * The runner loop calls it unbounded; `/internal/cron` (a scheduler's call on serverless hosts,
 * where no loop ticks) calls it with bounds.
 */
export async function runJobsTick(catalog: JobCatalog, opts: JobsTickOptions = {}): Promise<JobsTickResult> {
  const started = Date.now();
  const maxJobs = opts.maxJobs ?? Number.POSITIVE_INFINITY;
  const outOfTime = () => Date.now() - started >= (opts.budgetMs ?? Number.POSITIVE_INFINITY);
  const result: JobsTickResult = { engine: engine(), reclaimed: 0, cronSlots: 0, ran: 0, handedOver: 0, more: false };
  result.reclaimed = await reclaimStuckJobs();
  result.cronSlots = await scheduleCronJobs(catalog, opts.now ?? new Date(), { catchUpMs: opts.catchUpMs });
  if (result.engine === "trigger") {
    await fanOutEvents(catalog);
    const limit = Math.min(50, maxJobs);
    result.handedOver = await dispatchDueJobs(catalog, { limit });
    result.handedOver += await sweepUndispatched(catalog, { limit });
    result.more = result.handedOver >= limit;
    return result;
  }
  // Keep going while whole batches come back, so a backlog drains faster than one batch a poll.
  for (;;) {
    const limit = Math.min(10, maxJobs - result.ran);
    const ran = await runDueJobs(catalog, { limit });
    result.ran += ran;
    if (ran < limit) break;
    if (result.ran >= maxJobs || outOfTime()) {
      result.more = true;
      break;
    }
  }
  return result;
}

async function tick(catalog: JobCatalog, state: RunnerState): Promise<void> {
  await runJobsTick(catalog);
  state.lastTickAt = new Date();
}

/**
 * Starts polling the jobs table every JOBS_POLL_MS: runs due jobs in-process, or hands them to
 * Trigger.dev when TRIGGER_SECRET_KEY is set; also schedules cron jobs and reclaims stuck ones.
 * Idempotent per process. A no-op with JOBS_RUNNER=off and during `next build`.
 */
export function startJobRunner(catalog: JobCatalog): void {
  if (env.JOBS_RUNNER === "off" || isBuildPhase || store[globalKey]?.running) return;
  const state: RunnerState = { running: true, lastTickAt: null, engine: engine() };
  store[globalKey] = state;
  const loop = async () => {
    try {
      await tick(catalog, state);
    } catch (error) {
      // A database blip must not stop the runner: log and try again next poll.
      captureException(error, { where: "jobs.runner.tick" });
    }
    // setTimeout after each tick, not setInterval: a slow tick never overlaps the next.
    setTimeout(loop, env.JOBS_POLL_MS).unref();
  };
  void loop();
}
