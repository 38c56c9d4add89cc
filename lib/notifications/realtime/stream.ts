import { notificationIds } from "../catalog";
import { latestNotificationId, notificationsAfter, unreadCount, type NotificationRow } from "../queries";
import { onSubscribers, subscribe } from "./hub";
import { listenerConnected, startListening, stopListening } from "./listener";
import { pollIntervalMs } from "./mode";
import { currentRealtimeMode } from "./signal";

/** How long one stream stays open; EventSource reconnects (with Last-Event-ID), so none is lost. */
export const streamLifetimeMs = 5 * 60_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const heartbeatMs = 15_000;
/** How long the LISTEN connection outlives the last stream (a reconnecting tab comes straight back). */
const listenerGraceMs = 30_000;

let stopTimer: NodeJS.Timeout | null = null;
onSubscribers({
  first: () => {
    if (stopTimer) clearTimeout(stopTimer);
    stopTimer = null;
    const mode = currentRealtimeMode();
    if (mode.kind === "listen") startListening(mode.url);
  },
  last: () => {
    stopTimer = setTimeout(() => void stopListening(), listenerGraceMs);
    stopTimer.unref();
  },
});

const encoder = new TextEncoder();

function frame(event: { event: string; data: unknown; id?: string | null }): Uint8Array {
  const id = event.id ? `id: ${event.id}\n` : "";
  return encoder.encode(`${id}event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
}

/**
 * The `text/event-stream` of one user's notifications:
 * - `retry: 2000` first, so a dropped connection comes back within 2 s;
 * - with a valid `lastEventId` (the browser's Last-Event-ID), what came after it, oldest first;
 * - `ready` (`{ unread }`, id = where the stream stands), so a fresh client can reload its list;
 * - then each new notification as `notification` (id = its id) followed by `unread`.
 * New rows are noticed through the hub (woken by this process's deliveries in memory mode, by the
 * LISTEN connection otherwise) and by a 2 s poll when no LISTEN connection is up. Ends after
 * `streamLifetimeMs`, or when `signal` aborts.
 */
export function notificationStream(userId: string, options: { lastEventId: string | null; signal: AbortSignal; lifetimeMs?: number }): ReadableStream<Uint8Array> {
  // Set once start() has run: what cancel() (the reader went away) must undo.
  let cancelled = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let cursor: string | null = null;
      let running = false;
      let again = false;
      // The count last sent: an `unread` event goes out only when it changed.
      let sentUnread: number | null = null;
      const sendUnread = async () => {
        const unread = await unreadCount(userId);
        if (!closed && unread !== sentUnread) send(frame({ event: "unread", data: { unread } }));
        sentUnread = unread;
      };
      const send = (chunk: Uint8Array) => {
        if (!closed) controller.enqueue(chunk);
      };
      const sendRows = (rows: NotificationRow[]) => {
        for (const row of rows) {
          send(frame({ event: "notification", id: row.id, data: row }));
          cursor = row.id;
        }
      };
      // One read at a time; a wake-up during a read runs one more afterwards.
      const flush = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            let rows: NotificationRow[];
            do {
              rows = await notificationsAfter(userId, cursor);
              sendRows(rows);
            } while (rows.length === 100 && !closed);
            if (!closed) await sendUnread();
          } while (again && !closed);
        } catch {
          // A failed read (database blip) ends this stream; the browser reconnects and resumes.
          close();
        } finally {
          running = false;
        }
      };
      const unsubscribe = subscribe(userId, () => void flush());
      const poll = setInterval(() => {
        if (currentRealtimeMode().kind === "poll" || (currentRealtimeMode().kind === "listen" && !listenerConnected())) void flush();
      }, pollIntervalMs);
      const heartbeat = setInterval(() => send(encoder.encode(": keep-alive\n\n")), heartbeatMs);
      const lifetime = setTimeout(() => close(), options.lifetimeMs ?? streamLifetimeMs);
      function close() {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      }
      cancelled = () => {
        closed = true;
        cleanup();
      };
      let cleaned = false;
      function cleanup() {
        if (cleaned) return;
        cleaned = true;
        unsubscribe();
        clearInterval(poll);
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        options.signal.removeEventListener("abort", close);
      }
      if (options.signal.aborted) return close();
      options.signal.addEventListener("abort", close);

      send(encoder.encode(`retry: ${pollIntervalMs}\n\n`));
      // Wake-ups during the first read wait for it (flush sees `running`), then run once.
      running = true;
      const resumeFrom = options.lastEventId && notificationIds.isId("notification", options.lastEventId) ? options.lastEventId : null;
      try {
        if (resumeFrom) {
          cursor = resumeFrom;
          let rows: NotificationRow[];
          do {
            rows = await notificationsAfter(userId, cursor);
            sendRows(rows);
          } while (rows.length === 100 && !closed);
        } else {
          cursor = await latestNotificationId(userId);
        }
        sentUnread = await unreadCount(userId);
        send(frame({ event: "ready", id: cursor, data: { unread: sentUnread } }));
      } catch {
        close();
      } finally {
        running = false;
      }
      if (again) void flush();
    },
    cancel() {
      cancelled();
    },
  });
}
