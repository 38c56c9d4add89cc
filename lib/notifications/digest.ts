import { and, count, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { notifications, notificationSettings } from "@/db/schema/notifications";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { defineJob } from "@/lib/jobs/define";
import { notificationDigestEmail } from "./emails";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-token";

const hour = 3_600_000;
/** A digest never goes out twice within this long, whatever runs the job (a retry, a second scheduler). */
const minimumGapMs = 20 * hour;
const itemsPerDigest = 20;

/**
 * Sends the daily digest to every user who opted in and has unread in-app notifications from
 * since their last digest (or the last 24 hours). Each user is one transaction that claims the
 * digest (stamps `digest_sent_at` under a row lock) and enqueues the email, so a retry or a second
 * runner sends nobody two. Returns how many digests went out.
 */
export async function sendDigests(now = new Date()): Promise<number> {
  const due = await db
    .select({ userId: notificationSettings.userId })
    .from(notificationSettings)
    .where(and(eq(notificationSettings.digest, true), or(isNull(notificationSettings.digestSentAt), lt(notificationSettings.digestSentAt, new Date(now.getTime() - minimumGapMs)))));
  let sent = 0;
  for (const { userId } of due) if (await sendDigest(userId, now)) sent++;
  return sent;
}

async function sendDigest(userId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).for("update");
    if (!settings?.digest || (settings.digestSentAt && now.getTime() - settings.digestSentAt.getTime() < minimumGapMs)) return false;
    const since = settings.digestSentAt ?? new Date(now.getTime() - 24 * hour);
    const unread = and(eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.readAt), isNull(notifications.archivedAt), gt(notifications.createdAt, since));
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(notifications).where(unread);
    await tx.update(notificationSettings).set({ digestSentAt: now }).where(eq(notificationSettings.userId, userId));
    if (total === 0) return false;
    const items = await tx.select({ title: notifications.title, body: notifications.body }).from(notifications).where(unread).orderBy(desc(notifications.id)).limit(itemsPerDigest);
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return false;
    const unsubscribe = unsubscribeUrl({ userId, type: "digest", channel: "digest" });
    await sendEmail(tx, {
      to: user.email,
      template: notificationDigestEmail,
      props: { items, total, url: `${appUrl}/dashboard/notifications`, unsubscribeUrl: unsubscribe },
      headers: unsubscribeHeaders(unsubscribe),
    });
    return true;
  });
}

/** Every day at 08:00 UTC. */
export const notificationDigestJob = defineJob({
  id: "notifications.digest",
  schema: z.object({}),
  cron: "0 8 * * *",
  run: async () => {
    await sendDigests();
  },
});
