import { moduleMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

/**
 * To the owner and admins when an endpoint is turned off. In-app only by default: the module
 * emails them itself (lib/webhooks/disable.ts), which must happen with or without the
 * notifications module installed.
 */
export const webhookDisabledNotification = defineNotification<{ url: string; reason: "gone" | "failing" }>({
  type: "webhooks.endpoint_disabled",
  description: "webhooks.notifications.endpoint_disabled.description",
  messages: moduleMessages("webhooks", (locale) => import(`./messages/${locale}.json`).then((m) => m.default)),
  render: ({ url, reason }, { t }) => ({
    title: t("webhooks.notifications.endpoint_disabled.title"),
    body: reason === "gone" ? t("webhooks.notifications.endpoint_disabled.bodyGone", { url }) : t("webhooks.notifications.endpoint_disabled.bodyFailing", { url }),
    link: "/dashboard/webhooks",
  }),
});
