import { drainJobs as drain, executeJob as execute, jobCatalog, retryJob as retry, runCronCall as cronCall, runDueJobs as runDue, type DrainJobsOptions, type EventJob } from "@/lib/jobs";
import type { ModuleManifest } from "@/lib/manifest/define";
import { publishedEventTypes } from "./catalogs";
import { modules } from "./modules";

/** A subscription to `"*"` stands for one to each published event type (outgoing webhooks). */
function expandWildcard(subscriptions: ModuleManifest["subscriptions"]): Record<string, readonly EventJob[]> | undefined {
  if (!subscriptions?.["*"]) return subscriptions;
  const { "*": everyType, ...named } = subscriptions;
  const expanded: Record<string, EventJob[]> = Object.fromEntries(Object.entries(named).map(([type, list]) => [type, [...list]]));
  for (const type of publishedEventTypes) expanded[type] = [...(expanded[type] ?? []), ...everyType];
  return expanded;
}

/** Every module's jobs and event subscriptions: what the runner and the Trigger.dev entry run. */
export const jobs = jobCatalog(...(modules as readonly ModuleManifest[]).map((m) => ({ jobs: m.jobs, subscriptions: expandWildcard(m.subscriptions) })));

/** Runs the app's due jobs until none are left (tests and scripts). */
export const drainJobs = (opts?: DrainJobsOptions) => drain(jobs, opts);
export const runDueJobs = () => runDue(jobs);
export const executeJob = (jobId: string) => execute(jobs, jobId);
/** One bounded pass of the runner's work for a scheduler's call (`/internal/cron`). */
export const runCronCall = (now?: Date) => cronCall(jobs, now);
/** Revives a dead job (the admin panel's retry button). */
export const retryJob = (jobId: string) => retry(jobs, jobId);
