import { schedules } from "@trigger.dev/sdk";
import { jobs } from "@/lib/app/jobs";
import { cronJobs, runCronSlot } from "@/lib/jobs";

/** The Trigger.dev task id of a cron job's schedule: the job's own id is taken by its task (trigger/jobs.ts). */
export const scheduleTaskId = (jobId: string) => `${jobId}.cron`;

// One Trigger.dev schedule per cron job of the app's catalog, with the job's own pattern, in UTC
// as the in-process runner reads it. Trigger.dev fires them on time with no process of ours
// polling, which is what serverless hosts lack. Each run enqueues its slot under the key every
// scheduler uses and runs it (lib/jobs/cron.ts), so a runner that also sees the slot never doubles
// it. Retries stay in the jobs table, as for every job. trigger/schedules.test.ts checks the list.
export const scheduledTasks = cronJobs(jobs).map((job) =>
  schedules.task({
    id: scheduleTaskId(job.id),
    cron: { pattern: job.cron, timezone: "UTC" },
    retry: { maxAttempts: 1 },
    run: ({ timestamp }) => runCronSlot(jobs, job, timestamp),
  }),
);
