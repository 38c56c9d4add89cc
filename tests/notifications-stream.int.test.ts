import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseTarget } from "@/db/client";
import { env } from "@/lib/env";
import { closeRealtime, notificationIds } from "@/lib/notifications";
import { listenerConnected } from "@/lib/notifications/realtime/listener";
import { currentRealtimeMode } from "@/lib/notifications/realtime/signal";
import { sendAnnouncement } from "@/seed/notifications";
import { createUser } from "@/seed/factories";
import { call, signIn } from "./client";
import { notificationsOf, readEvents, type SseEvent } from "./notifications-helpers";

const stream = (cookie: string, headers: Record<string, string> = {}) => call("GET", "/me/notifications/stream", { cookie, headers: { accept: "text/event-stream", ...headers } });
const titles = (events: SseEvent[]) => events.filter((e) => e.event === "notification").map((e) => (JSON.parse(e.data) as { title: string }).title);
const ready = (events: SseEvent[]) => events.some((e) => e.event === "ready");

afterAll(async () => {
  await closeRealtime();
});

describe("GET /me/notifications/stream", () => {
  it("answers only clients that accept an event stream, and only with a session", async () => {
    const cookie = await signIn(await createUser());
    const plain = await call("GET", "/me/notifications/stream", { cookie });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: { code: string } }).error.code).toBe("event_stream_required");
    expect((await call("GET", "/me/notifications/stream", { headers: { accept: "text/event-stream" } })).status).toBe(401);
  });

  it("opens with a retry hint and a ready event naming where it stands", async () => {
    const user = await createUser();
    await sendAnnouncement([user.id], { title: "Before" });
    const [before] = await notificationsOf(user.id);
    const res = await stream(await signIn(user));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = await readEvents(res, ready);
    expect(titles(events)).toEqual([]); // a fresh stream does not replay history
    expect(events.find((e) => e.event === "ready")).toMatchObject({ id: before!.id, data: JSON.stringify({ unread: 1 }) });
  });

  it("resumes after Last-Event-ID: what came after it, oldest first, then ready", async () => {
    const user = await createUser();
    for (const title of ["One", "Two", "Three"]) await sendAnnouncement([user.id], { title });
    const [first, , third] = await notificationsOf(user.id);
    const events = await readEvents(await stream(await signIn(user), { "last-event-id": first!.id }), ready);
    expect(titles(events)).toEqual(["Two", "Three"]);
    expect(events.filter((e) => e.event === "notification").at(-1)?.id).toBe(third!.id);
    expect(events.at(-1)).toMatchObject({ event: "ready", id: third!.id });
    // A garbage Last-Event-ID is a fresh start, not an error.
    const fresh = await readEvents(await stream(await signIn(user), { "last-event-id": "not-an-id" }), ready);
    expect(titles(fresh)).toEqual([]);
  });

  it("delivers a notification made after it opened within 2 s, then the unread count", async () => {
    const user = await createUser();
    const res = await stream(await signIn(user));
    let sentAt = 0;
    const events = await readEvents(res, (seen) => {
      if (ready(seen) && sentAt === 0) {
        sentAt = Date.now();
        void sendAnnouncement([user.id], { title: "Live" });
      }
      return seen.some((e) => e.event === "unread");
    });
    const elapsed = Date.now() - sentAt;
    expect(titles(events)).toEqual(["Live"]);
    expect(events.at(-1)).toMatchObject({ event: "unread", data: JSON.stringify({ unread: 1 }) });
    expect(elapsed).toBeLessThan(2000);
  });

  it("tells the stream of a user only about that user's notifications", async () => {
    const [mine, theirs] = [await createUser(), await createUser()];
    const res = await stream(await signIn(mine));
    let sent = false;
    const events = await readEvents(
      res,
      (seen) => {
        if (ready(seen) && !sent) {
          sent = true;
          void sendAnnouncement([theirs.id], { title: "Theirs" }).then(() => sendAnnouncement([mine.id], { title: "Mine" }));
        }
        return titles(seen).includes("Mine");
      },
      5000,
    );
    expect(titles(events)).toEqual(["Mine"]);
  });

  // The fan-out between processes: a row written and NOTIFYed on a connection of its own (as
  // another server process would) reaches this process's stream through its LISTEN connection.
  it.runIf(databaseTarget().driver === "postgres")("delivers a notification written by another connection through LISTEN/NOTIFY", async () => {
    expect(currentRealtimeMode().kind).toBe("listen");
    const user = await createUser();
    const res = await stream(await signIn(user));
    const other = new pg.Client({ connectionString: env.DATABASE_URL });
    await other.connect();
    let sentAt = 0;
    try {
      const events = await readEvents(
        res,
        (seen) => {
          if (ready(seen) && listenerConnected() && sentAt === 0) {
            sentAt = Date.now();
            const id = notificationIds.newId("notification");
            void other.query(
              `begin; insert into notifications (id, user_id, event_id, type, title, body) values ('${id}', '${user.id}', 'evt_other_process', 'notifications.announcement', 'From elsewhere', ''); select pg_notify('keel_notifications', '${user.id}'); commit;`,
            );
          }
          return titles(seen).includes("From elsewhere");
        },
        8000,
      );
      expect(titles(events)).toEqual(["From elsewhere"]);
      // Through NOTIFY, not the 2 s poll (which runs only while no LISTEN connection is up).
      expect(Date.now() - sentAt).toBeLessThan(1500);
    } finally {
      await other.end();
    }
  });
});
