// The face of lib/jobs: define jobs once, enqueue them in the caller's transaction, run them
// in-process or on Trigger.dev. See content/docs for the guide.
export { defineJob, backoffDelay, defaultRetry } from "./define";
export type { AnyJobDefinition, JobDefinition, JobMeta, RetryPolicy } from "./define";
export { jobCatalog, jobNames } from "./catalog";
export type { JobCatalog, JobContribution, EventJob } from "./catalog";
export { enqueue, emit, emitMany } from "./enqueue";
export { defineEvent } from "./events";
export type { EventSpec } from "./events";
export type { EnqueueOptions, EventData } from "./enqueue";
export { defineNotification, notify, notificationRequestedEvent, notificationRequestSchema, notificationText } from "./notify";
export type { NotificationContext, NotificationDefinition, NotificationRecipients, NotificationRequest, NotificationText, NotificationTranslator, NotificationType, RenderedNotification } from "./notify";
export { fanOutEvents, replayWindowDays } from "./fan-out";
export { runDueJobs, drainJobs, startJobRunner, jobRunnerStatus, reclaimStuckJobs, runJobsTick } from "./runner";
export type { RunDueJobsOptions, DrainJobsOptions, JobsTickOptions, JobsTickResult } from "./runner";
export { runCronCall, cronCallBounds, cronCallResponse } from "./cron-call";
export { executeJob } from "./execute";
export { PermanentJobError, isPermanentJobError } from "./permanent-error";
export type { JobOutcome } from "./execute";
export { retryJob } from "./retry-job";
export { scheduleCronJob, scheduleCronJobs, nextCronSlot, latestCronSlot, cronSlotKey, enqueueCronSlot, runCronSlot, cronJobs } from "./cron";
export type { ScheduleCronOptions } from "./cron";
export { dispatchDueJobs, sweepUndispatched, triggerDispatch, dispatchKey } from "./dispatch";
export type { Dispatch, DispatchedJob, DispatchOptions, SweepOptions } from "./dispatch";
