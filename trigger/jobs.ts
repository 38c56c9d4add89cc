import { jobs } from "@/lib/app/jobs";
import { toTriggerTask } from "./to-trigger-task";

// The Trigger.dev entry: one task per job of the app's catalog (every module's jobs and event
// subscribers, folded from lib/modules.ts). Trigger.dev v4 indexes the tasks a file registers while
// it is imported, so they need no named exports; trigger/jobs.test.ts checks the list is complete.
export const tasks = [...jobs.jobs.values()].map((job) => toTriggerTask(jobs, job));
