import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { notificationPreferences, notificationSettings } from "@/db/schema/notifications";
import { drainJobs, notificationTypes } from "@/lib/app";
import { listMailbox } from "@/lib/email";
import { notify } from "@/lib/jobs";
import { closeRealtime, sendDigests, signUnsubscribeToken } from "@/lib/notifications";
import { announcementNotification } from "@/lib/notifications/types";
import { roleChangedNotification } from "@/lib/tenants/notifications";
import { sendAnnouncement } from "@/seed/notifications";
import { createTeam, createUser } from "@/seed/factories";
import { authPost, call, callJson, cookieHeader, signIn } from "./client";
import { allNotificationRowsOf, memberIdOf, notificationsOf } from "./notifications-helpers";

type Page = { data: { id: string; type: string; title: string; body: string; link: string | null; readAt: string | null; createdAt: string }[]; nextCursor: string | null; unread: number };
type Prefs = { types: { type: string; description: string; descriptionKey: string; critical: boolean; channels: { inApp: { enabled: boolean; locked: boolean }; email: { enabled: boolean; locked: boolean } } }[]; digest: boolean };
type Envelope = { error: { code: string; message: string; requestId: string; fields?: Record<string, string> } };

afterAll(async () => {
  await closeRealtime();
});

/** Changes `userId`'s role in the team through the API, as its owner; the notification is delivered. */
async function changeRole(team: Awaited<ReturnType<typeof createTeam>>, userId: string, role: string) {
  const owner = await signIn(team.people.owner);
  const res = await call("PATCH", `/tenants/${team.tenant.id}/members/${await memberIdOf(team.tenant.id, userId)}`, { cookie: owner, body: { role } });
  expect(res.status).toBe(200);
  await drainJobs();
}

async function notificationMails(email: string) {
  return (await listMailbox({ to: email })).filter((m) => m.template === "notification");
}

describe("notify()", () => {
  it("creates nothing when the transaction that called it rolls back", async () => {
    const user = await createUser();
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, announcementNotification, { userIds: [user.id], data: { title: "Never", body: "Rolled back" } });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await drainJobs();
    expect(await allNotificationRowsOf(user.id)).toEqual([]);
    const written = await db.select().from(events).where(and(eq(events.type, "notification.requested")));
    expect(written.filter((e) => JSON.stringify(e.data).includes(user.id))).toEqual([]);
  });

  it("refuses a link that leaves the app and tenantRoles without a tenant", async () => {
    const user = await createUser();
    await expect(notify(db, announcementNotification, { userIds: [user.id], data: { title: "x", body: "y", link: "//evil.example/x" } })).rejects.toThrow();
    await expect(notify(db, announcementNotification, { tenantRoles: ["owner"], data: { title: "x", body: "y" } })).rejects.toThrow(/tenantId/);
  });

  it("resolves tenant roles to the members holding them, once per delivery even when retried", async () => {
    const team = await createTeam("ntf-roles");
    const eventId = await notify(db, announcementNotification, { tenantId: team.tenant.id, tenantRoles: ["owner", "admin"], data: { title: "For managers", body: "Only owners and admins." } });
    await drainJobs();
    const { deliverNotification } = await import("@/lib/notifications");
    await deliverNotification(eventId); // a retry after a crash: nothing twice
    expect(await notificationsOf(team.people.owner.id)).toHaveLength(1);
    expect(await notificationsOf(team.people.admin.id)).toHaveLength(1);
    expect(await notificationsOf(team.people.member.id)).toHaveLength(0);
    expect((await notificationsOf(team.people.owner.id))[0]).toMatchObject({ tenantId: team.tenant.id, type: "notifications.announcement", title: "For managers" });
  });
});

describe("GET /me/notifications and POST /me/notifications/read", () => {
  it("lists the caller's notifications newest first with the unread count, and marks them read", async () => {
    const user = await createUser();
    const other = await createUser();
    await sendAnnouncement([user.id], { title: "First" });
    await sendAnnouncement([user.id], { title: "Second", link: "/dashboard/billing" });
    await sendAnnouncement([other.id], { title: "Not yours" });
    const cookie = await signIn(user);

    const listed = await callJson<Page>("GET", "/me/notifications?limit=1", { cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.unread).toBe(2);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).toMatchObject({ type: "notifications.announcement", title: "Second", link: "/dashboard/billing", readAt: null });
    expect(Object.keys(listed.body.data[0]!).sort()).toEqual(["body", "createdAt", "id", "link", "readAt", "title", "type"]);
    const next = await callJson<Page>("GET", `/me/notifications?limit=1&cursor=${listed.body.nextCursor}`, { cookie });
    expect(next.body.data.map((n) => n.title)).toEqual(["First"]);
    expect(next.body.nextCursor).toBeNull();

    const [theirs] = await notificationsOf(other.id);
    const one = await call("POST", "/me/notifications/read", { cookie, body: { ids: [listed.body.data[0]!.id, theirs!.id] } });
    expect(one.status).toBe(204);
    expect((await callJson<Page>("GET", "/me/notifications", { cookie })).body.unread).toBe(1);
    expect((await notificationsOf(other.id))[0]!.readAt).toBeNull(); // another user's id is ignored

    expect((await call("POST", "/me/notifications/read", { cookie })).status).toBe(204);
    expect((await callJson<Page>("GET", "/me/notifications", { cookie })).body.unread).toBe(0);
  });

  it("answers 401 without a session and 422 for a malformed body, in the envelope", async () => {
    expect((await callJson<Envelope>("GET", "/me/notifications")).status).toBe(401);
    const cookie = await signIn(await createUser());
    const bad = await callJson<Envelope>("POST", "/me/notifications/read", { cookie, body: { ids: "all" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("validation_failed");
  });
});

describe("preferences", () => {
  it("lists every type with its defaults; critical types are locked", async () => {
    const cookie = await signIn(await createUser());
    const res = await callJson<Prefs>("GET", "/me/notification-preferences", { cookie });
    expect(res.status).toBe(200);
    expect(res.body.types.map((t) => t.type).sort()).toEqual(notificationTypes.map((t) => t.type).sort());
    const device = res.body.types.find((t) => t.type === "auth.new_device_sign_in")!;
    expect(device).toMatchObject({ critical: true, channels: { inApp: { enabled: true, locked: true }, email: { enabled: true, locked: true } } });
    const role = res.body.types.find((t) => t.type === "tenants.role_changed")!;
    expect(role.channels).toEqual({ inApp: { enabled: true, locked: false }, email: { enabled: true, locked: false } });
    // The API speaks English; the key lets a client show the line in another language.
    expect(role.descriptionKey).toBe("tenants.notifications.role_changed.description");
    expect(role.description).toBe("Your role in a team changes");
    expect(res.body.digest).toBe(false);
  });

  it("refuses to turn a critical type off with 422 notification_preference_locked, and an unknown type with 422", async () => {
    const cookie = await signIn(await createUser());
    const locked = await callJson<Envelope>("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "auth.new_device_sign_in", channel: "email", enabled: false }] } });
    expect(locked.status).toBe(422);
    expect(locked.body.error).toMatchObject({ code: "notification_preference_locked" });
    expect(locked.body.error.requestId).toMatch(/^req_/);
    const lockedInApp = await callJson<Envelope>("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "billing.payment_failed", channel: "in_app", enabled: false }] } });
    expect(lockedInApp.status).toBe(422);
    const unknown = await callJson<Envelope>("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "nope.nothing", channel: "email", enabled: false }] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toHaveProperty(["preferences.0.type"]);
    const empty = await callJson<Envelope>("PATCH", "/me/notification-preferences", { cookie, body: {} });
    expect(empty.status).toBe(422);
  });

  it("stores a change and the digest, all or nothing", async () => {
    const user = await createUser();
    const cookie = await signIn(user);
    const res = await callJson<Prefs>("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "tenants.role_changed", channel: "email", enabled: false }], digest: true } });
    expect(res.status).toBe(200);
    expect(res.body.types.find((t) => t.type === "tenants.role_changed")!.channels.email.enabled).toBe(false);
    expect(res.body.digest).toBe(true);
    // One bad change refuses the whole request: the good one beside it is not stored.
    const mixed = await callJson<Envelope>("PATCH", "/me/notification-preferences", {
      cookie,
      body: { preferences: [{ type: "usage.quota_alert", channel: "in_app", enabled: false }, { type: "auth.new_device_sign_in", channel: "in_app", enabled: false }] },
    });
    expect(mixed.status).toBe(422);
    const stored = await db.select().from(notificationPreferences).where(and(eq(notificationPreferences.userId, user.id), eq(notificationPreferences.type, "usage.quota_alert")));
    expect(stored).toEqual([]);
  });
});

describe("channels follow preferences", () => {
  it("emails a role change with RFC 8058 headers, and stops when the email channel is off", async () => {
    const team = await createTeam("ntf-email");
    const member = team.people.member;
    await changeRole(team, member.id, "viewer");
    const [rows, mails] = [await notificationsOf(member.id), await notificationMails(member.email)];
    expect(rows.map((r) => r.type)).toEqual(["tenants.role_changed"]);
    expect(rows[0]!.title).toBe(`Your role in ${team.tenant.name} changed`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(rows[0]!.title);
    expect(mails[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mails[0]!.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(mails[0]!.text).toContain("/notifications/unsubscribe?token=");

    const cookie = await signIn(member);
    await callJson("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "tenants.role_changed", channel: "email", enabled: false }] } });
    await changeRole(team, member.id, "member");
    expect(await notificationsOf(member.id)).toHaveLength(2);
    expect(await notificationMails(member.email)).toHaveLength(1);
  });

  it("hides a type from the bell when the in-app channel is off, and still emails it", async () => {
    const team = await createTeam("ntf-inapp");
    const member = team.people.member;
    const cookie = await signIn(member);
    await callJson("PATCH", "/me/notification-preferences", { cookie, body: { preferences: [{ type: "tenants.role_changed", channel: "in_app", enabled: false }] } });
    await changeRole(team, member.id, "viewer");
    expect(await notificationsOf(member.id)).toEqual([]);
    expect((await callJson<Page>("GET", "/me/notifications", { cookie })).body).toMatchObject({ data: [], unread: 0 });
    expect(await notificationMails(member.email)).toHaveLength(1);
  });

  it("sends no email for a type whose email is off by default (its module mails it already)", async () => {
    const team = await createTeam("ntf-default");
    await notify(db, roleChangedNotification, { tenantId: team.tenant.id, userIds: [team.people.viewer.id], data: { tenantName: "x", from: "viewer", to: "member" } });
    await sendAnnouncement([team.people.guest.id]);
    await drainJobs();
    expect(await notificationMails(team.people.viewer.email)).toHaveLength(1);
    expect(await notificationMails(team.people.guest.email)).toHaveLength(0);
  });

  it("notifies a sign-in from a new device, in the app and by email without an unsubscribe link (critical)", async () => {
    const user = await createUser();
    const signInFrom = async (userAgent: string) => {
      const res = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password }, { "user-agent": userAgent });
      expect(res.status).toBe(200);
      return cookieHeader(res);
    };
    await signInFrom("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Chrome/120.0.0.0 Safari/537.36");
    await signInFrom("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Chrome/121.0.0.0 Safari/537.36"); // an update: same device
    await drainJobs();
    expect(await notificationsOf(user.id)).toEqual([]);
    await signInFrom("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
    await drainJobs();
    const rows = await notificationsOf(user.id);
    expect(rows.map((r) => r.type)).toEqual(["auth.new_device_sign_in"]);
    expect(rows[0]!.body).toContain("Firefox");
    const [mail] = await notificationMails(user.email);
    expect(mail?.subject).toBe("New sign-in to your account");
    expect(mail?.headers["List-Unsubscribe"]).toBeUndefined();
    expect(mail?.text).not.toContain("unsubscribe");
  });
});

describe("the one-click unsubscribe link", () => {
  async function linkFor(member: { id: string; email: string }) {
    const [mail] = await notificationMails(member.email);
    const header = mail!.headers["List-Unsubscribe"]!;
    return header.slice(1, -1).replace(/^https?:\/\/[^/]+/, "");
  }

  it("changes nothing on GET, and turns that type's email off on a POST without a session, cross-site", async () => {
    const team = await createTeam("ntf-unsub");
    const member = team.people.member;
    await changeRole(team, member.id, "viewer");
    const path = await linkFor(member);

    const shown = await call("GET", path);
    expect(shown.status).toBe(303);
    expect(shown.headers.get("location")).toMatch(/\/unsubscribe\?token=/);
    const choice = () => db.select().from(notificationPreferences).where(and(eq(notificationPreferences.userId, member.id), eq(notificationPreferences.type, "tenants.role_changed")));
    expect(await choice()).toEqual([]);

    // What a mail provider sends (RFC 8058): no cookie, another site's Origin (or none), a form body.
    const posted = await call("POST", path, { rawBody: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" } });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ unsubscribed: true, type: "tenants.role_changed", channel: "email" });
    expect(await choice()).toMatchObject([{ channel: "email", enabled: false }]);
    // Idempotent, and the browser form gets sent back to the page.
    const again = await call("POST", path, { rawBody: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" } });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toMatch(/done=1/);

    await changeRole(team, member.id, "member");
    expect(await notificationMails(member.email)).toHaveLength(1);
  });

  it("refuses a forged or tampered token with 400 in the envelope", async () => {
    const user = await createUser();
    const token = signUnsubscribeToken({ userId: user.id, type: "tenants.role_changed", channel: "email" });
    const [payload, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ v: 1, u: "usr_other", t: "tenants.role_changed", c: "email" })).toString("base64url")}.${signature}`;
    for (const bad of [forged, `${payload}.AAAA`, "garbage", `${token}.x`]) {
      const res = await callJson<Envelope>("POST", `/notifications/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe("unsubscribe_link_invalid");
    }
    expect((await callJson<Envelope>("POST", "/notifications/unsubscribe")).status).toBe(422);
    expect((await call("POST", `/notifications/unsubscribe?token=${encodeURIComponent(token)}`)).status).toBe(200);
  });

  it("refuses to unsubscribe from a critical type", async () => {
    const user = await createUser();
    const token = signUnsubscribeToken({ userId: user.id, type: "auth.new_device_sign_in", channel: "email" });
    const res = await callJson<Envelope>("POST", `/notifications/unsubscribe?token=${token}`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("notification_preference_locked");
  });
});

describe("the daily digest", () => {
  it("mails opted-in users their unread notifications once a day, with its own unsubscribe link", async () => {
    const [reader, optedOut, nothingNew] = [await createUser(), await createUser(), await createUser()];
    for (const user of [reader, nothingNew]) await callJson("PATCH", "/me/notification-preferences", { cookie: await signIn(user), body: { digest: true } });
    await sendAnnouncement([reader.id, optedOut.id], { title: "Unread one" });
    await sendAnnouncement([reader.id], { title: "Unread two" });
    const [read] = await notificationsOf(reader.id);
    await sendAnnouncement([reader.id], { title: "Read already" });
    await call("POST", "/me/notifications/read", { cookie: await signIn(reader), body: { ids: [(await notificationsOf(reader.id)).at(-1)!.id] } });
    expect(read).toBeDefined();

    const now = new Date(Date.now() + 60_000);
    await sendDigests(now);
    await drainJobs();
    const digests = async (email: string) => (await listMailbox({ to: email })).filter((m) => m.template === "notification-digest");
    const [digest] = await digests(reader.email);
    expect(digest?.subject).toBe("You have 2 unread notifications in Keel");
    expect(digest?.text).toContain("Unread one");
    expect(digest?.text).not.toContain("Read already");
    expect(digest?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await digests(optedOut.email)).toEqual([]);
    expect(await digests(nothingNew.email)).toEqual([]);

    // A second run the same day (a retry, another scheduler) sends nothing more.
    await sendDigests(new Date(now.getTime() + 60_000));
    await drainJobs();
    expect(await digests(reader.email)).toHaveLength(1);

    const unsubscribe = digest!.headers["List-Unsubscribe"]!.slice(1, -1).replace(/^https?:\/\/[^/]+/, "");
    expect((await call("POST", unsubscribe)).status).toBe(200);
    const [settings] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, reader.id));
    expect(settings?.digest).toBe(false);
  });
});
