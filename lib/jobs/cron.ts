import { Cron } from "croner";
import { db } from "@/db/client";
import type { AnyJobDefinition } from "./define";
import { enqueue } from "./enqueue";
import type { JobCatalog } from "./catalog";

/** The first slot of `pattern` strictly after `after`, in UTC. */
export function nextCronSlot(pattern: string, after: Date): Date | null {
  return new Cron(pattern, { timezone: "UTC" }).nextRun(after);
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
  return enqueue(db, job, job.parse({}), { runAt: slot, idempotencyKey: `cron:${job.id}:${slot.toISOString()}` });
}

// The slot each cron job was last scheduled for by this process: skips a write per tick.
const scheduled = new Map<string, string>();

/** Makes sure every cron job of the catalog has its next slot enqueued. Called on each runner tick. */
export async function scheduleCronJobs(catalog: JobCatalog, now = new Date()): Promise<void> {
  for (const job of catalog.jobs.values()) {
    if (!job.cron) continue;
    const slot = nextCronSlot(job.cron, now)?.toISOString();
    if (!slot || scheduled.get(job.id) === slot) continue;
    await scheduleCronJob(job, now);
    scheduled.set(job.id, slot);
  }
}
