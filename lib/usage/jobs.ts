import { z } from "zod";
import { defineJob } from "@/lib/jobs";
import { rollUpAllUsage } from "./aggregate";
import { sendQuotaAlertEmails } from "./alert-email";
import { closeUsagePeriods } from "./overage";

/** Hourly: rolls raw usage events into hourly and daily aggregates. Enqueue it to run now. */
export const aggregateUsageJob = defineJob({
  id: "usage.aggregate",
  schema: z.object({}),
  cron: "5 * * * *",
  run: async () => {
    await rollUpAllUsage();
  },
});

/** Hourly: closes the usage periods that ended (each tenant's own cycle), storing and announcing overage fees. */
export const closeUsagePeriodJob = defineJob({
  id: "usage.close-period",
  schema: z.object({}),
  cron: "35 * * * *",
  run: async () => {
    await closeUsagePeriods();
  },
});

/** Subscribed to `usage.quota_warning` and `usage.quota_reached`: mails the tenant's owner and admins. */
export const quotaAlertEmailJob = defineJob({
  id: "usage.alert-email",
  schema: z.object({ eventId: z.string() }),
  run: async ({ eventId }) => {
    await sendQuotaAlertEmails(eventId);
  },
});
