import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { events } from "@/db/schema/jobs";
import { notifications } from "@/db/schema/notifications";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { defineJob } from "@/lib/jobs/define";
import { notificationRequestSchema, notificationText, type NotificationRequest, type NotificationText } from "@/lib/jobs/notify";
import type { Locale } from "@/lib/i18n/config";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { notificationIds } from "./catalog";
import { notificationEmail } from "./emails";
import { channelEnabled, storedChoices } from "./preferences";
import { signalAfterCommit, signalInTransaction } from "./realtime/signal";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-token";

type Recipient = { id: string; email: string; locale: string | null };

/** The people a request names: the listed users who exist, or the tenant's members in those roles. */
async function resolveRecipients(tx: Executor, request: NotificationRequest): Promise<Recipient[]> {
  if ("userIds" in request.recipients) {
    return tx.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(inArray(users.id, request.recipients.userIds));
  }
  if (!request.tenantId) return [];
  return tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(tenantMembers)
    .innerJoin(users, eq(users.id, tenantMembers.userId))
    .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.tenantId, request.tenantId), inArray(tenantMembers.role, request.recipients.tenantRoles), isNull(tenants.deletedAt)));
}

/**
 * Delivers one `notification.requested` event: a row per recipient in their saved language, else
 * English (hidden when they turned the in-app channel off), an email where their email channel is on, and a signal to open streams, all
 * in one transaction. UNIQUE(event, user) makes a retry write and send nothing twice. Returns the
 * users whose bell got something.
 */
export async function deliverNotification(eventId: string): Promise<string[]> {
  const [event] = await db.select({ data: events.data }).from(events).where(eq(events.id, eventId));
  if (!event) return [];
  const parsed = notificationRequestSchema.safeParse(event.data);
  // The same payload fails the same way on every retry: dead-letter it now, with the reason.
  if (!parsed.success) throw new PermanentJobError(`Invalid notification request ${eventId}: ${z.prettifyError(parsed.error)}`);
  const request = parsed.data;
  const shown = await db.transaction(async (tx) => {
    const recipients = await resolveRecipients(tx, request);
    if (recipients.length === 0) return [];
    const choices = await storedChoices(tx, recipients.map((r) => r.id), request.type);
    const wants = (userId: string, channel: "in_app" | "email") => channelEnabled(request, channel, choices.get(`${userId}:${channel}`));
    const tenantExists = request.tenantId ? (await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, request.tenantId))).length > 0 : false;
    const texts = new Map(recipients.map((r) => [r.id, notificationText(request, r.locale)]));
    const textOf = (userId: string) => texts.get(userId) ?? notificationText(request, null);
    const inserted = await tx
      .insert(notifications)
      .values(
        recipients.map((r) => ({
          id: notificationIds.newId("notification"),
          userId: r.id,
          tenantId: tenantExists ? request.tenantId : null,
          eventId,
          type: request.type,
          title: textOf(r.id).title,
          body: textOf(r.id).body,
          link: request.link,
          inApp: wants(r.id, "in_app"),
        })),
      )
      .onConflictDoNothing()
      .returning({ userId: notifications.userId, inApp: notifications.inApp });
    const fresh = new Set(inserted.map((row) => row.userId));
    for (const recipient of recipients) {
      if (fresh.has(recipient.id) && wants(recipient.id, "email")) await sendNotificationEmail(tx, recipient, request, textOf(recipient.id));
    }
    const bells = inserted.filter((row) => row.inApp).map((row) => row.userId);
    await signalInTransaction(tx, bells);
    return bells;
  });
  signalAfterCommit(shown);
  return shown;
}

/**
 * The email of one notification. Every one carries the RFC 8058 one-click unsubscribe for its type,
 * except critical types: those cannot be turned off, and an unsubscribe button that did nothing
 * would mislead the reader and the mail provider alike.
 */
async function sendNotificationEmail(tx: Executor, recipient: Recipient, request: NotificationRequest, text: NotificationText & { locale: Locale }): Promise<void> {
  const unsubscribe = request.critical ? undefined : unsubscribeUrl({ userId: recipient.id, type: request.type, channel: "email" });
  await sendEmail(tx, {
    to: recipient.email,
    // The frame in the language of the text, so one email never mixes two.
    locale: text.locale,
    template: notificationEmail,
    props: { title: text.title, body: text.body, url: `${appUrl}${request.link ?? "/dashboard/notifications"}`, unsubscribeUrl: unsubscribe },
    headers: unsubscribe ? unsubscribeHeaders(unsubscribe) : undefined,
  });
}

/** Subscribed to `notification.requested` (lib/jobs/notify.ts) in the manifest. */
export const deliverNotificationJob = defineJob({
  id: "notifications.deliver",
  schema: z.object({ eventId: z.string() }),
  run: async ({ eventId }) => {
    await deliverNotification(eventId);
  },
});
