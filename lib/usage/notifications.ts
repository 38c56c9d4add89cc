import { defineNotification } from "@/lib/jobs/notify";

/** To the owner and admins at 80% and 100% of a quota (the usage-alert email goes out too). */
export const quotaAlertNotification = defineNotification<{ meter: string; threshold: number; used: number; limit: number }>({
  type: "usage.quota_alert",
  description: "Your team uses 80% or 100% of a monthly quota",
  render: ({ meter, threshold, used, limit }) => ({
    title: threshold >= 100 ? `${meter} quota reached` : `${threshold}% of the ${meter} quota used`,
    body: `${used} of ${limit} ${meter} used this period.`,
    link: "/dashboard/usage",
  }),
});
