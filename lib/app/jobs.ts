import { drainJobs as drain, executeJob as execute, jobCatalog, retryJob as retry, runCronCall as cronCall, runDueJobs as runDue, type DrainJobsOptions } from "@/lib/jobs";
import type { ModuleManifest } from "@/lib/manifest/define";
import { modules } from "./modules";

/** Every module's jobs and event subscriptions: what the runner and the Trigger.dev entry run. */
export const jobs = jobCatalog(...(modules as readonly ModuleManifest[]).map((m) => ({ jobs: m.jobs, subscriptions: m.subscriptions })));

/** Runs the app's due jobs until none are left (tests and scripts). */
export const drainJobs = (opts?: DrainJobsOptions) => drain(jobs, opts);
export const runDueJobs = () => runDue(jobs);
export const executeJob = (jobId: string) => execute(jobs, jobId);
/** One bounded pass of the runner's work for a scheduler's call (`/internal/cron`). */
export const runCronCall = (now?: Date) => cronCall(jobs, now);
/** Revives a dead job (the admin panel's retry button). */
export const retryJob = (jobId: string) => retry(jobs, jobId);
