import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema/notifications";
import { tenantMembers } from "@/db/schema/tenants";

/** One Server-Sent Event as the browser would see it. */
export type SseEvent = { event: string; id?: string; data: string };

/**
 * Reads a `text/event-stream` answer until `done` says it has what it waits for (or `timeoutMs`
 * passes), then cancels it: the route's stream stops and unsubscribes, as when a tab closes.
 */
export async function readEvents(response: Response, done: (events: SseEvent[]) => boolean, timeoutMs = 5000): Promise<SseEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  // `done` is asked after each event and every 100 ms, so it can act on time as well as on events.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  try {
    while (!done(events) && Date.now() < deadline) {
      pending ??= reader.read();
      const chunk = await Promise.race([pending, new Promise<"tick">((resolve) => setTimeout(() => resolve("tick"), 100))]);
      if (chunk === "tick") continue;
      pending = null;
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split("\n")
            .filter((line) => line && !line.startsWith(":"))
            .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]),
        ) as Record<string, string>;
        if (fields.event) events.push({ event: fields.event, id: fields.id, data: fields.data ?? "" });
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return events;
}

/** The user's visible notifications, oldest first. */
export async function notificationsOf(userId: string) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.inApp, true)))
    .orderBy(notifications.id);
}

/** Every notification row of the user, including those hidden by preferences. */
export async function allNotificationRowsOf(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id);
}

/** The member id of `userId` in `tenantId`. */
export async function memberIdOf(tenantId: string, userId: string): Promise<string> {
  const [row] = await db.select({ id: tenantMembers.id }).from(tenantMembers).where(and(eq(tenantMembers.tenantId, tenantId), eq(tenantMembers.userId, userId)));
  if (!row) throw new Error(`${userId} is not a member of ${tenantId}`);
  return row.id;
}
