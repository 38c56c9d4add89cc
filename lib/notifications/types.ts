import { moduleMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

/**
 * The module's own type: a note from whoever runs the app (the demo seed sends one), in the words
 * they wrote, the same in every locale. Other modules' types live with them (e.g.
 * lib/tenants/notifications.ts).
 */
export const announcementNotification = defineNotification<{ title: string; body: string; link?: string }>({
  type: "notifications.announcement",
  description: "notifications.notifications.announcement.description",
  messages: moduleMessages("notifications", (locale) => import(`./messages/${locale}.json`).then((m) => m.default)),
  render: ({ title, body, link }) => ({ title, body, link: link ?? null }),
});
