import { moduleMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

/** To the owner and admins at 80% and 100% of a quota (the usage-alert email goes out too). */
export const quotaAlertNotification = defineNotification<{ meter: string; threshold: number; used: number; limit: number }>({
  type: "usage.quota_alert",
  description: "usage.notifications.quota_alert.description",
  messages: moduleMessages("usage", (locale) => import(`./messages/${locale}.json`).then((m) => m.default)),
  render: ({ meter, threshold, used, limit }, { t }) => ({
    title: threshold >= 100 ? t("usage.notifications.quota_alert.titleReached", { meter }) : t("usage.notifications.quota_alert.titleThreshold", { meter, threshold }),
    body: t("usage.notifications.quota_alert.body", { meter, used, limit }),
    link: "/dashboard/usage",
  }),
});
