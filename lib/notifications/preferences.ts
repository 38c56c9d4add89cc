import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db, type Executor } from "@/db/client";
import { notificationPreferences, notificationSettings } from "@/db/schema/notifications";
import { errors } from "@/lib/errors";
import type { NotificationType } from "@/lib/jobs/notify";
import { notificationError, type NotificationChannel } from "./catalog";
import type { PreferencesUpdate } from "./schemas";

/** One channel of one type for one user: on or off, and whether the user may change it. */
export type ChannelState = { enabled: boolean; locked: boolean };

export type PreferencesView = {
  types: { type: string; description: string; descriptionKey: string; critical: boolean; channels: { inApp: ChannelState; email: ChannelState } }[];
  digest: boolean;
};

/** A channel's default: in-app always on, email as the definition says. */
export function defaultEnabled(type: Pick<NotificationType, "email">, channel: NotificationChannel): boolean {
  return channel === "in_app" ? true : type.email;
}

/**
 * Whether `channel` of a type is on for a user, given their stored choice (undefined: none). A
 * critical type is always delivered as defined: a stored choice cannot change it.
 */
export function channelEnabled(type: Pick<NotificationType, "critical" | "email">, channel: NotificationChannel, stored: boolean | undefined): boolean {
  if (type.critical) return defaultEnabled(type, channel);
  return stored ?? defaultEnabled(type, channel);
}

/** The stored choices of these users for one type: `userId:channel` → enabled. */
export async function storedChoices(executor: Executor, userIds: readonly string[], type: string): Promise<Map<string, boolean>> {
  if (userIds.length === 0) return new Map();
  const rows = await executor
    .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(and(inArray(notificationPreferences.userId, [...userIds]), eq(notificationPreferences.type, type)));
  return new Map(rows.map((r) => [`${r.userId}:${r.channel}`, r.enabled]));
}

/** `GET /me/notification-preferences`: every type the app sends, with the user's channels, and the digest. */
export async function getPreferences(userId: string, types: readonly (NotificationType)[]): Promise<PreferencesView> {
  const [rows, [settings], descriptions] = await Promise.all([
    db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)),
    db.select({ digest: notificationSettings.digest }).from(notificationSettings).where(eq(notificationSettings.userId, userId)),
    Promise.all(types.map(englishDescription)),
  ]);
  const stored = new Map(rows.map((r) => [`${r.type}:${r.channel}`, r.enabled]));
  const state = (t: NotificationType, channel: NotificationChannel): ChannelState => ({
    enabled: channelEnabled(t, channel, stored.get(`${t.type}:${channel}`)),
    locked: t.critical,
  });
  return {
    types: types.map((t, i) => ({ type: t.type, description: descriptions[i]!, descriptionKey: t.description, critical: t.critical, channels: { inApp: state(t, "in_app"), email: state(t, "email") } })),
    digest: settings?.digest ?? false,
  };
}

/**
 * A type's description in English: the API speaks English to every client (as its error messages
 * do); the app's own page translates `descriptionKey` in the reader's language instead.
 */
async function englishDescription(type: NotificationType): Promise<string> {
  const t = createTranslator({ locale: "en", messages: await type.messages("en") });
  return (t as unknown as (key: string) => string)(type.description);
}

/**
 * `PATCH /me/notification-preferences`: stores the changes, all or none. An unknown type answers
 * 422 naming the field; asking a critical type for anything but its fixed value answers 422
 * `notification_preference_locked`.
 */
export async function updatePreferences(userId: string, types: readonly NotificationType[], update: PreferencesUpdate): Promise<PreferencesView> {
  const byType = new Map(types.map((t) => [t.type, t]));
  const changes = update.preferences ?? [];
  changes.forEach((change, i) => {
    const type = byType.get(change.type);
    if (!type) throw errors.validation({ [`preferences.${i}.type`]: `Unknown notification type "${change.type}". GET /me/notification-preferences lists them.` });
    if (type.critical && change.enabled !== defaultEnabled(type, change.channel)) {
      throw notificationError("notification_preference_locked", `"${type.type}" is a security or billing notice: its ${change.channel === "in_app" ? "in-app" : "email"} channel cannot be turned ${change.enabled ? "on" : "off"}.`);
    }
  });
  await db.transaction(async (tx) => {
    for (const change of changes) await setChoice(tx, userId, change.type, change.channel, change.enabled);
    if (update.digest !== undefined) await setDigest(tx, userId, update.digest);
  });
  return getPreferences(userId, types);
}

/** Stores one choice (an upsert: the last write wins). */
export async function setChoice(executor: Executor, userId: string, type: string, channel: NotificationChannel, enabled: boolean): Promise<void> {
  await executor
    .insert(notificationPreferences)
    .values({ userId, type, channel, enabled })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type, notificationPreferences.channel], set: { enabled, updatedAt: new Date() } });
}

/** Turns the daily digest on or off. */
export async function setDigest(executor: Executor, userId: string, digest: boolean): Promise<void> {
  await executor
    .insert(notificationSettings)
    .values({ userId, digest })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { digest, updatedAt: new Date() } });
}
