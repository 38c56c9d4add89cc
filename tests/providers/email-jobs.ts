import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import type { AnyJobDefinition } from "@/lib/jobs";
import { uniqueJobId } from "@/lib/jobs/test-helpers";

/**
 * lib/email/send-job.ts with `email.send` under a name no other test process knows. Integration
 * files share one Postgres database on the server pass and each drains the app's jobs: under its
 * own name, the mail this file enqueues is sent by this process, through this file's Resend
 * stand-in, and never by another file into its local mailbox. Everything else (payload schema,
 * retry policy, `run`) is the real job's. Use it as the factory of
 * `vi.mock("@/lib/email/send-job", …)`, and run the jobs with a catalog holding only it.
 */
export function isolateEmailJob<M extends { sendEmailJob: AnyJobDefinition }>(real: M): M {
  return { ...real, sendEmailJob: { ...real.sendEmailJob, id: uniqueJobId("email-send") } };
}

/** The `email.send` rows (under `name`) addressed to `to`, oldest first. */
export function emailJobsTo(name: string, to: string) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, name), sql`${jobs.payload}->>'to' = ${to}`))
    .orderBy(asc(jobs.createdAt));
}

/** Backdates a job so the next runner pass takes it without waiting out its backoff. */
export async function makeDue(jobId: string) {
  await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
}
