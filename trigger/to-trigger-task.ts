import { AbortTaskRunError, task } from "@trigger.dev/sdk";
import { executeJob, type AnyJobDefinition, type JobCatalog } from "@/lib/jobs";

/** What the dispatcher (lib/jobs/dispatch.ts) sends: the job row is the source of truth. */
export type JobTaskPayload = { jobId: string; payload: unknown };

/**
 * Wraps a job definition as a Trigger.dev task with the same id. The task only delegates to
 * `executeJob`, which claims the row and records the outcome, so the jobs table stays right
 * whichever engine runs it. Retries belong to the jobs table too (backoff, dead letter, the
 * admin's retry button): each retry is a new hand-over, so Trigger.dev itself never retries.
 */
export function toTriggerTask(catalog: JobCatalog, job: AnyJobDefinition) {
  return task({
    id: job.id,
    retry: { maxAttempts: 1 },
    run: async ({ jobId }: JobTaskPayload) => {
      const outcome = await executeJob(catalog, jobId);
      if (outcome === "retrying" || outcome === "dead") {
        // Fail the run (visible in Trigger.dev's dashboard) without a Trigger.dev retry.
        throw new AbortTaskRunError(`Job ${jobId} failed (${outcome}); its last error is in the jobs table.`);
      }
      return { jobId, outcome };
    },
  });
}
