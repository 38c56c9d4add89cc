import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema/notifications";
import { notify } from "@/lib/jobs/notify";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { announcementNotification, deliverNotification } from "@/lib/notifications";

/**
 * Sends one announcement to `userIds` and delivers it at once (no runner needed): for the demo
 * seed and tests. Returns the event id.
 */
export async function sendAnnouncement(userIds: readonly string[], input: { title?: string; body?: string; link?: string } = {}): Promise<string> {
  const eventId = await notify(db, announcementNotification, {
    userIds,
    data: { title: input.title ?? "Welcome to Keel", body: input.body ?? "Notifications about your teams, billing and security show up here.", link: input.link },
  });
  await deliverNotification(eventId);
  return eventId;
}

/** The notifications module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo(tenants) {
    const people = new Map(tenants.flatMap((t) => Object.values(t.people)).map((p) => [p.id, p]));
    if (people.size === 0) return;
    // Seeding again sends nothing new: the demo people already have their welcome.
    const [sent] = await db.select({ id: notifications.id }).from(notifications).where(and(inArray(notifications.userId, [...people.keys()]), eq(notifications.type, announcementNotification.type))).limit(1);
    if (!sent) await sendAnnouncement([...people.keys()], { link: "/dashboard/notifications/preferences", body: "Choose what reaches you by email on the preferences page." });
  },
  unscopedRoutes: {
    "/me/notifications": "the caller's own notifications",
    "/me/notifications/read": "marks the caller's own notifications read; ids of others are ignored",
    "/me/notifications/stream": "the caller's own notification stream",
    "/me/notification-preferences": "the caller's own preferences",
    "/notifications/unsubscribe": "authenticated by a signed token naming one user's email preference, not a tenant",
  },
  validBody: { ids: [], preferences: [], digest: false },
};
