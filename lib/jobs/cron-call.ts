import { z } from "zod";
import type { JobCatalog } from "./catalog";
import { runJobsTick, type JobsTickOptions, type JobsTickResult } from "./runner";

/**
 * The bounds of one `/internal/cron` call. A scheduler calls it every minute (Vercel Cron), so
 * each call does a bounded share and says `more: true` when it stopped early; the next call goes
 * on. 50 jobs and 20 s leave room under a serverless function's time limit for the batch that is
 * running when the budget runs out.
 */
export const cronCallBounds = {
  /** A slot missed by at most 5 minutes (a late or failed call) is still enqueued and run. */
  catchUpMs: 5 * 60_000,
  maxJobs: 50,
  budgetMs: 20_000,
} satisfies JobsTickOptions;

/**
 * `GET|POST /internal/cron`: what the in-process runner does on a tick, once, within
 * `cronCallBounds`. Schedules the catalog's cron slots (same idempotency keys as every scheduler,
 * so concurrent calls enqueue each slot once) and runs the due jobs, or hands them to Trigger.dev
 * when it runs the jobs.
 */
export function runCronCall(catalog: JobCatalog, now = new Date()): Promise<JobsTickResult> {
  return runJobsTick(catalog, { ...cronCallBounds, now });
}

export const cronCallResponse = z.object({
  engine: z.enum(["in-process", "trigger"]),
  reclaimed: z.number().int().describe("Jobs found stuck in `running` and put back."),
  cronSlots: z.number().int().describe("Cron slots enqueued or confirmed."),
  ran: z.number().int().describe("Jobs run by this call (in-process engine)."),
  handedOver: z.number().int().describe("Jobs handed to Trigger.dev (Trigger.dev engine)."),
  more: z.boolean().describe("The bounds stopped this call while jobs were still due; the next call continues."),
});
