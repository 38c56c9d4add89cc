import { redeliverSimulatorWebhookJob } from "@/lib/billing/simulator/deliver";
import { dunningJob, trialsJob } from "@/lib/billing/time";
import { expireCreditsJob } from "@/lib/credits/expire-job";
import { sendEmailJob } from "@/lib/email/send-job";
import { aggregateUsageJob, closeUsagePeriodJob, quotaAlertEmailJob } from "@/lib/usage/jobs";
import { toTriggerTask } from "./to-trigger-task";

// One Trigger.dev task per job definition, named exports so the Trigger.dev CLI finds them.
// A module that registers a job in lib/modules.ts adds its line here (trigger/jobs.test.ts checks).
export const emailSend = toTriggerTask(sendEmailJob);
export const creditsExpire = toTriggerTask(expireCreditsJob);
export const billingDunning = toTriggerTask(dunningJob);
export const billingTrials = toTriggerTask(trialsJob);
export const billingSimulatorWebhook = toTriggerTask(redeliverSimulatorWebhookJob);
export const usageAggregate = toTriggerTask(aggregateUsageJob);
export const usageClosePeriod = toTriggerTask(closeUsagePeriodJob);
export const usageAlertEmail = toTriggerTask(quotaAlertEmailJob);
