import { defineNotification } from "@/lib/jobs/notify";

/**
 * The module's own type: a note from whoever runs the app (the demo seed sends one). Other
 * modules' types live with them (e.g. lib/tenants/notifications.ts).
 */
export const announcementNotification = defineNotification<{ title: string; body: string; link?: string }>({
  type: "notifications.announcement",
  description: "Announcements from the team running this app",
  render: ({ title, body, link }) => ({ title, body, link: link ?? null }),
});
