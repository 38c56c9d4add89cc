import { z } from "zod";
import NotificationDigest, { notificationDigestStrings, notificationDigestSubject } from "@/emails/notification-digest";
import NotificationEmail, { notificationStrings, notificationSubject } from "@/emails/notification";
import { defineEmail } from "@/lib/email/define";
import { emailUrl } from "@/lib/email/props";

export const notificationEmail = defineEmail({
  id: "notification",
  schema: z.object({ title: z.string().min(1).max(200), body: z.string().max(2000), url: emailUrl, unsubscribeUrl: emailUrl.optional() }),
  component: NotificationEmail,
  subject: notificationSubject,
  ...notificationStrings,
  example: { title: "Your role in Keel Labs changed", body: "You are now an admin.", url: "https://keel.example/dashboard", unsubscribeUrl: "https://keel.example/notifications/unsubscribe?token=example" },
});

export const notificationDigestEmail = defineEmail({
  id: "notification-digest",
  schema: z.object({
    items: z.array(z.object({ title: z.string().min(1).max(200), body: z.string().max(2000) })).min(1).max(20),
    total: z.number().int().min(1),
    url: emailUrl,
    unsubscribeUrl: emailUrl,
  }),
  component: NotificationDigest,
  subject: notificationDigestSubject,
  ...notificationDigestStrings,
  example: { items: [{ title: "Your role in Keel Labs changed", body: "You are now an admin." }], total: 1, url: "https://keel.example/dashboard/notifications", unsubscribeUrl: "https://keel.example/notifications/unsubscribe?token=example" },
});
