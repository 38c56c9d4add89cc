import { Cron } from "croner";
import { db } from "@/db/client";
import type { AnyJobDefinition } from "./define";
import { enqueue } from "./enqueue";
import { executeJob, type JobOutcome } from "./execute";
import type { JobCatalog } from "./catalog";

/** The first slot of `pattern` strictly after `after`, in UTC. */
export function nextCronSlot(pattern: string, after: Date): Date | null {
  return new Cron(pattern, { timezone: "UTC" }).nextRun(after);
}

/** The last slot of `pattern` at or before `at`, in UTC. */
export function latestCronSlot(pattern: string, at: Date): Date | null {
  return new Cron(pattern, { timezone: "UTC" }).previousRuns(1, new Date(at.getTime() + 1))[0] ?? null;
}

/**
 * The idempotency key of one slot of one cron job. Every scheduler uses it (the runner's tick,
 * `/internal/cron`, the Trigger.dev schedules), so a slot is one job however many of them see it.
 */
export function cronSlotKey(jobId: string, slot: Date): string {
  return `cron:${jobId}:${slot.toISOString()}`;
}

/** Enqueues one slot of a cron job to run at the slot's time; a slot already enqueued returns its job id. */
export function enqueueCronSlot(job: AnyJobDefinition, slot: Date): Promise<string> {
  return enqueue(db, job, job.parse({}), { runAt: slot, idempotencyKey: cronSlotKey(job.id, slot) });
}

/**
 * Enqueues the next slot of one cron job. The idempotency key names the slot, so any number of
 * processes (or ticks) scheduling the same slot create one job. Returns its id, or null if the
 * pattern has no future slot.
 */
export async function scheduleCronJob(job: AnyJobDefinition, now = new Date()): Promise<string | null> {
  if (!job.cron) return null;
  const slot = nextCronSlot(job.cron, now);
  if (!slot) return null;
  return enqueueCronSlot(job, slot);
}

export type ScheduleCronOptions = {
  /**
   * Also enqueue the slot that fell due at most this long ago, in case no call came in time to
   * enqueue it ahead (a scheduler that calls every minute, late or after a missed call). @default 0
   */
  catchUpMs?: number;
};

// The slot each cron job was last scheduled for by this process: skips a write per tick.
const scheduled = new Map<string, string>();

/**
 * Makes sure every cron job of the catalog has its next slot enqueued (and, with `catchUpMs`, its
 * slot just past). Called on each runner tick and by `/internal/cron`. Returns how many slots it
 * wrote or confirmed; already-known slots are skipped.
 */
export async function scheduleCronJobs(catalog: JobCatalog, now = new Date(), opts: ScheduleCronOptions = {}): Promise<number> {
  let written = 0;
  for (const job of catalog.jobs.values()) {
    if (!job.cron) continue;
    const latest = opts.catchUpMs ? latestCronSlot(job.cron, now) : null;
    if (latest && now.getTime() - latest.getTime() <= (opts.catchUpMs ?? 0) && scheduled.get(job.id) !== latest.toISOString()) {
      await enqueueCronSlot(job, latest);
      written++;
    }
    const slot = nextCronSlot(job.cron, now);
    if (!slot || scheduled.get(job.id) === slot.toISOString()) continue;
    await enqueueCronSlot(job, slot);
    scheduled.set(job.id, slot.toISOString());
    written++;
  }
  return written;
}

/**
 * What a Trigger.dev schedule does when it fires (trigger/schedules.ts): enqueues the slot it
 * fired for, under the same key as every other scheduler, then runs that row as the job's own
 * task would (`executeJob`). A slot that another process already ran or is running answers
 * `skipped`, so a runner and a schedule both seeing a slot run it once. A failure retries from the
 * jobs table like any job.
 */
export async function runCronSlot(catalog: JobCatalog, job: AnyJobDefinition, firedAt: Date): Promise<{ jobId: string; slot: string; outcome: JobOutcome }> {
  if (!job.cron) throw new Error(`Job "${job.id}" has no cron schedule.`);
  const slot = latestCronSlot(job.cron, firedAt) ?? firedAt;
  const jobId = await enqueueCronSlot(job, slot);
  return { jobId, slot: slot.toISOString(), outcome: await executeJob(catalog, jobId) };
}

/** The catalog's cron jobs, by id: what the schedulers schedule. */
export function cronJobs(catalog: JobCatalog): (AnyJobDefinition & { cron: string })[] {
  return [...catalog.jobs.values()].filter((job): job is AnyJobDefinition & { cron: string } => typeof job.cron === "string");
}
