import { moduleMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

/** To the owner and admins, once per crossing of the low-balance threshold (the credits-low email goes out too). */
export const creditsLowNotification = defineNotification<{ balance: number; threshold: number }>({
  type: "credits.low_balance",
  description: "credits.notifications.low_balance.description",
  messages: moduleMessages("credits", (locale) => import(`./messages/${locale}.json`).then((m) => m.default)),
  render: ({ balance, threshold }, { t }) => ({
    title: t("credits.notifications.low_balance.title"),
    body: t("credits.notifications.low_balance.body", { balance, threshold }),
    link: "/dashboard/credits",
  }),
});
