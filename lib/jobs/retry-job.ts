import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { errors } from "@/lib/errors";
import { retryBudget } from "./execute";
import type { JobCatalog } from "./catalog";

/**
 * Revives a dead job: it becomes pending, due now, with a fresh retry budget. Attempts keep
 * counting (the history stays readable, and each hand-over to Trigger.dev gets a new key) and
 * `lastError` is kept until the next attempt. Throws not_found, or conflict if it is not dead.
 */
export async function retryJob(catalog: JobCatalog, jobId: string): Promise<void> {
  const [row] = await db.select({ name: jobs.name, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
  if (!row) throw errors.notFound("Job");
  const revived = await db
    .update(jobs)
    .set({
      status: "pending",
      runAt: sql`now()`,
      maxAttempts: sql`${jobs.attempts} + ${retryBudget(catalog, row.name)}::integer`,
      lockedAt: null,
      lockedBy: null,
      dispatchedAt: null,
      completedAt: null,
    })
    .where(and(eq(jobs.id, jobId), eq(jobs.status, "dead")))
    .returning({ id: jobs.id });
  if (revived.length === 0) throw errors.conflict(`Job ${jobId} is ${row.status}; only a dead job can be retried.`);
}
