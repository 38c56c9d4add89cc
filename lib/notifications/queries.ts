import { and, asc, count, desc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { notifications } from "@/db/schema/notifications";
import { page, type PageParams } from "@/lib/http/pagination";
import type { UserContext } from "@/lib/tenants/context";
import { signalAfterCommit, signalInTransaction } from "./realtime/signal";

/** What the API shows of a notification. */
export const notificationColumns = {
  id: notifications.id,
  type: notifications.type,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

export type NotificationRow = { id: string; type: string; title: string; body: string; link: string | null; readAt: Date | null; createdAt: Date };

/** The user's visible notifications: shown in-app and not archived. */
const visibleTo = (userId: string) => and(eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.archivedAt));

/** How many of the user's visible notifications are unread. */
export async function unreadCount(userId: string, executor: Executor = db): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(notifications)
    .where(and(visibleTo(userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** `GET /me/notifications`: newest first, cursor-paginated, with the unread count. */
export async function listNotifications(user: Pick<UserContext, "userId">, params: PageParams) {
  const rows = await db
    .select(notificationColumns)
    .from(notifications)
    .where(and(visibleTo(user.userId), params.cursor ? lt(notifications.id, params.cursor) : undefined))
    .orderBy(desc(notifications.id))
    .limit(params.limit + 1);
  return { ...page(rows, params.limit), unread: await unreadCount(user.userId) };
}

/**
 * `POST /me/notifications/read`: marks the caller's notifications read, the listed ones or all.
 * Ids that are not the caller's are ignored (they are simply not found among theirs). The user's
 * other open tabs hear of it, so their bells agree.
 */
export async function markRead(user: Pick<UserContext, "userId">, ids?: readonly string[]): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const marked = await db.transaction(async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(visibleTo(user.userId), isNull(notifications.readAt), ids ? inArray(notifications.id, [...ids]) : undefined))
      .returning({ id: notifications.id });
    if (rows.length > 0) await signalInTransaction(tx, [user.userId]);
    return rows.length;
  });
  if (marked > 0) signalAfterCommit([user.userId]);
  return marked;
}

/** The user's visible notifications after `cursor` (an id), oldest first: what a stream sends next. */
export async function notificationsAfter(userId: string, cursor: string | null, limit = 100): Promise<NotificationRow[]> {
  return db
    .select(notificationColumns)
    .from(notifications)
    .where(and(visibleTo(userId), cursor ? gt(notifications.id, cursor) : undefined))
    .orderBy(asc(notifications.id))
    .limit(limit);
}

/** The id of the user's newest notification (any), where a fresh stream starts. */
export async function latestNotificationId(userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(1);
  return row?.id ?? null;
}
