import * as tables from "@/db/schema/notifications";
import { notificationRequestedEvent } from "@/lib/jobs/notify";
import { defineModule } from "@/lib/manifest/define";
import { notificationError, notificationIds } from "./catalog";
import { deliverNotificationJob } from "./deliver";
import { notificationDigestJob } from "./digest";
import { notificationDigestEmail, notificationEmail } from "./emails";
import { keys } from "./keys";
import { announcementNotification } from "./types";
import { notificationsPersonalData } from "./personal-data";

export default defineModule({
  id: "notifications",
  core: false,
  summary: "In-app and email notifications: the bell with realtime delivery (SSE), per-type preferences, one-click unsubscribe and a daily digest.",
  env: keys,
  tables,
  jobs: [notificationDigestJob],
  // Every module's notify() writes this event; delivery reads everything it needs from it.
  subscriptions: { [notificationRequestedEvent]: [deliverNotificationJob] },
  errors: notificationError.codes,
  idPrefixes: notificationIds.prefixes,
  emails: [notificationEmail, notificationDigestEmail],
  notifications: [announcementNotification],
  nav: { portal: [{ href: "/dashboard/notifications", label: "nav.notifications", order: 850 }] },
  portal: { accountHeader: () => import("@/components/notifications/bell-slot").then((m) => m.NotificationBellSlot) },
  personalData: notificationsPersonalData,
  retention: [{ class: "notifications", table: "notifications", column: "created_at", days: 180, description: "In-app notifications, read or not." }],
  owns: {
    routes: [
      "app/(api)/me/notifications",
      "app/(api)/me/notification-preferences",
      "app/(api)/notifications",
      "app/(auth)/unsubscribe",
      "app/(portal)/dashboard/notifications",
    ],
    files: [
      "emails/notification.tsx",
      "emails/notification-digest.tsx",
      "seed/notifications.ts",
      "tests/notifications.int.test.ts",
      "tests/notifications-locale.int.test.ts",
      "tests/notifications-stream.int.test.ts",
      "tests/notifications-helpers.ts",
      "e2e/notifications.spec.ts",
    ],
  },
  fixtures: () => import("@/seed/notifications").then((m) => m.fixtures),
  removal:
    "`notify()` calls keep working: their `notification.requested` events are written and never delivered (nobody subscribes), and the bell leaves the header. Modules' own emails (invitations, dunning, usage alerts) are not affected.",
  // Its strings (its emails' so far), under "notifications.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/notifications.mdx",
});
