import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { users } from "./auth";
import { tenants } from "./tenants";

/**
 * One notification for one user, written by the `notifications.deliver` job from a
 * `notification.requested` event. UNIQUE(event, user): a retried delivery writes nothing twice, and
 * the row is also the guard for the email it sent (even when the user turned the in-app channel off:
 * then `in_app` is false and the bell never shows it).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tenantId: text().references(() => tenants.id, { onDelete: "cascade" }),
    /** The `notification.requested` event it was delivered from. */
    eventId: text().notNull(),
    /** e.g. `billing.payment_failed` (the definition's type). */
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** An in-app path, or null. */
    link: text(),
    /** False when the user had the in-app channel of this type off: kept as the delivery record only. */
    inApp: boolean().notNull().default(true),
    readAt: timestamptz(),
    archivedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_event_user_key").on(t.eventId, t.userId),
    index("notifications_user_idx").on(t.userId, t.id),
    index("notifications_unread_idx").on(t.userId).where(sql`read_at is null and archived_at is null and in_app`),
  ],
);

/**
 * A user's choice for one channel of one type. No row → the type's default (in-app on, email as
 * its definition says). Critical types ignore rows: they are always delivered as defined.
 */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    /** in_app | email */
    channel: text().notNull(),
    enabled: boolean().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type, t.channel] })],
);

/** Per-user settings beyond types: the daily digest. No row → digest off. */
export const notificationSettings = pgTable("notification_settings", {
  userId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** A daily email of unread in-app notifications. */
  digest: boolean().notNull().default(false),
  /** When the last digest went out: the next one covers what came after. */
  digestSentAt: timestamptz(),
  updatedAt: updatedAt(),
});
