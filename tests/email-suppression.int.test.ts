import { and, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

// Before any import reads the environment: this deployment has a Resend webhook configured.
const secrets = vi.hoisted(() => {
  const before = process.env.RESEND_WEBHOOK_SECRET;
  const secret = `whsec_${Buffer.from("keel-resend-webhook-test-secret-32b").toString("base64")}`;
  process.env.RESEND_WEBHOOK_SECRET = secret;
  return { before, secret };
});

afterAll(() => {
  if (secrets.before === undefined) delete process.env.RESEND_WEBHOOK_SECRET;
  else process.env.RESEND_WEBHOOK_SECRET = secrets.before;
});

import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { emailSuppressions, emailWebhookDeliveries } from "@/db/schema/email";
import { jobs } from "@/db/schema/jobs";
import { drainJobs } from "@/lib/app";
import { magicLinkEmail } from "@/lib/auth/emails";
import { findSuppression, listMailbox, receiveResendWebhook, sendEmail } from "@/lib/email";
import { mailboxSender } from "@/lib/email/providers/mailbox";
import { logger } from "@/lib/observability";
import { createUser, uniqueEmail } from "@/seed/factories";
import { authPost, call, callJson, signIn } from "./client";
import { linkFromMailbox, mailOf } from "./mailbox-links";
import { signInWithTotp } from "./second-factor";

type Delivery = { body: string; headers: Record<string, string> };

let counter = 0;
/** A Resend delivery signed as Resend (Svix) signs it: `svix-*` headers over the raw body. */
function signed(event: unknown, opts: { id?: string; secret?: string; at?: Date } = {}): Delivery {
  const id = opts.id ?? `msg_test_${Date.now().toString(36)}_${++counter}`;
  const at = opts.at ?? new Date();
  const body = JSON.stringify(event);
  const signature = new Webhook(opts.secret ?? secrets.secret).sign(id, at, body);
  return { body, headers: { "svix-id": id, "svix-timestamp": String(Math.floor(at.getTime() / 1000)), "svix-signature": signature } };
}

function bounced(to: string, type = "Permanent") {
  return {
    type: "email.bounced",
    created_at: "2030-05-01T10:00:00.000Z",
    data: {
      created_at: "2030-05-01T09:59:58.000Z",
      email_id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
      from: "Keel <onboarding@keel.local>",
      to: [to],
      subject: "Verify your email address for Keel",
      bounce: { message: "The recipient's mailbox does not exist.", subType: type === "Permanent" ? "General" : "MailboxFull", type },
    },
  };
}

function complained(to: string) {
  return { type: "email.complained", created_at: "2030-05-02T10:00:00.000Z", data: { email_id: "e1", from: "Keel <onboarding@keel.local>", to: [to], subject: "Hi" } };
}

function post(delivery: Delivery) {
  return callJson<{ status?: string; suppressed?: string[]; error?: { code: string; message: string; requestId: string } }>("POST", "/email/webhooks/resend", {
    rawBody: delivery.body,
    headers: delivery.headers,
  });
}

async function suppressionRows(address: string) {
  return db.select().from(emailSuppressions).where(eq(emailSuppressions.address, address.toLowerCase()));
}

async function deliveryRows(id: string) {
  return db.select().from(emailWebhookDeliveries).where(and(eq(emailWebhookDeliveries.provider, "resend"), eq(emailWebhookDeliveries.id, id)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Resend webhooks", () => {
  it("refuses a bad signature with 401 in the envelope and stores nothing", async () => {
    const to = uniqueEmail("bad-sig");
    const good = signed(bounced(to), { id: "msg_bad_sig_base" });
    const cases: [string, Delivery][] = [
      ["another secret", signed(bounced(to), { secret: `whsec_${Buffer.from("some-other-secret-entirely-000000").toString("base64")}` })],
      ["a tampered body", { ...good, body: good.body.replace(to, uniqueEmail("other")) }],
      ["a signature of another message id", { ...good, headers: { ...good.headers, "svix-id": "msg_someone_else" } }],
      ["a stale timestamp", signed(bounced(to), { at: new Date(Date.now() - 10 * 60_000) })],
      ["no signature header", { ...good, headers: { "svix-id": good.headers["svix-id"]!, "svix-timestamp": good.headers["svix-timestamp"]! } }],
      ["no headers at all", { body: good.body, headers: {} }],
    ];
    for (const [label, delivery] of cases) {
      const res = await post(delivery);
      expect(res.status, label).toBe(401);
      expect(res.body.error, label).toMatchObject({ code: "invalid_signature", requestId: expect.stringMatching(/^req_/) });
      expect(await deliveryRows(delivery.headers["svix-id"] ?? "none"), label).toEqual([]);
    }
    expect(await suppressionRows(to)).toEqual([]);
  });

  it("suppresses a hard bounce's recipient once, whatever the case; a redelivery changes nothing", async () => {
    const to = uniqueEmail("Hard-Bounce").replace("hard", "HARD");
    const delivery = signed(bounced(to));
    const first = await post(delivery);
    expect(first).toMatchObject({ status: 200, body: { status: "applied", suppressed: [to.toLowerCase()] } });
    const again = await post(delivery);
    expect(again).toMatchObject({ status: 200, body: { status: "duplicate", suppressed: [] } });

    const rows = await suppressionRows(to);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: "bounce", eventId: delivery.headers["svix-id"], occurredAt: new Date("2030-05-01T10:00:00.000Z") });
    expect(rows[0]?.detail).toContain("does not exist");
    expect(await deliveryRows(delivery.headers["svix-id"]!)).toHaveLength(1);

    // Another bounce for the same address later: acknowledged, the first report stands.
    expect((await post(signed(bounced(to)))).body).toMatchObject({ status: "applied", suppressed: [] });
    expect(await suppressionRows(to)).toHaveLength(1);
  });

  it("does not suppress a soft bounce, suppresses a complaint, ignores other events", async () => {
    const soft = uniqueEmail("soft");
    expect((await post(signed(bounced(soft, "Transient")))).body).toMatchObject({ status: "ignored", suppressed: [] });
    expect((await post(signed(bounced(soft, "Undetermined")))).body).toMatchObject({ status: "ignored" });
    expect(await suppressionRows(soft)).toEqual([]);

    const angry = uniqueEmail("complainer");
    expect((await post(signed(complained(`Someone <${angry}>`)))).body).toMatchObject({ status: "applied", suppressed: [angry] });
    expect((await suppressionRows(angry))[0]).toMatchObject({ reason: "complaint" });

    const delivered = uniqueEmail("delivered");
    expect((await post(signed({ type: "email.delivered", created_at: new Date().toISOString(), data: { to: [delivered] } }))).body).toMatchObject({ status: "ignored" });
    expect(await suppressionRows(delivered)).toEqual([]);
  });

  it("answers a signed but malformed body with a 4xx, and 404 where no secret is configured", async () => {
    const malformed = signed("ignored");
    malformed.body = "{not json";
    malformed.headers["svix-signature"] = new Webhook(secrets.secret).sign(malformed.headers["svix-id"]!, new Date(), malformed.body);
    expect((await post(malformed)).status).toBe(400);
    expect((await post(signed({ type: 42, data: "x" }))).status).toBe(422);

    const unconfigured = signed(bounced(uniqueEmail("unconfigured")));
    const req = new Request("http://localhost:3000/email/webhooks/resend", { method: "POST", headers: unconfigured.headers, body: unconfigured.body });
    await expect(receiveResendWebhook(req, null)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a suppressed address gets no more mail", () => {
  it("skips it at enqueue and in a job queued before the bounce, without calling the provider", async () => {
    const send = vi.spyOn(mailboxSender, "send");
    const log = vi.spyOn(logger, "info");
    const doomed = uniqueEmail("doomed");
    const fine = uniqueEmail("fine");
    const url = "https://keel.example/magic";

    // Queued before the bounce arrives: the job finds the suppression when it runs.
    await sendEmail(db, { to: doomed, template: magicLinkEmail, props: { url } });
    expect((await post(signed(bounced(doomed)))).body).toMatchObject({ status: "applied" });
    await drainJobs();
    expect(await listMailbox({ to: doomed })).toEqual([]);
    const [queued] = await db.select().from(jobs).where(and(eq(jobs.name, "email.send"), sql`${jobs.payload}->>'to' = ${doomed}`));
    expect(queued?.status).toBe("succeeded"); // skipped on purpose, not failed: no retry, no dead letter

    // Sent after: nothing is even enqueued.
    const before = await db.select({ id: jobs.id, payload: jobs.payload }).from(jobs).where(eq(jobs.name, "email.send"));
    await sendEmail(db, { to: doomed.toUpperCase(), template: magicLinkEmail, props: { url } });
    await sendEmail(db, { to: fine, template: magicLinkEmail, props: { url } });
    const after = await db.select({ id: jobs.id, payload: jobs.payload }).from(jobs).where(eq(jobs.name, "email.send"));
    const added = after.filter((row) => !before.some((b) => b.id === row.id)).map((row) => (row.payload as { to: string }).to);
    expect(added).toEqual([fine]);

    await drainJobs();
    expect(await listMailbox({ to: doomed })).toEqual([]);
    expect(await listMailbox({ to: fine })).toHaveLength(1);
    const recipients = send.mock.calls.map(([message]) => message.to.toLowerCase());
    expect(recipients).not.toContain(doomed);
    expect(recipients).toContain(fine);
    // Each skip is logged with its reason, at send time and at enqueue.
    const skips = log.mock.calls.filter(([message, fields]) => message.includes("suppressed") && fields?.to === doomed);
    expect(skips.map(([, fields]) => fields?.stage)).toEqual(["send", "enqueue"]);
    expect(skips[0]?.[1]).toMatchObject({ reason: "bounce", template: "magic-link" });
  });
});

describe("the user is told, and a new address lifts the notice", () => {
  it("shows emailSuppressed on /me until the email changes; the old address stays suppressed", async () => {
    const user = await createUser({ email: uniqueEmail("bouncer") });
    const cookie = await signIn(user);
    expect((await callJson("GET", "/me", { cookie })).body).toMatchObject({ emailSuppressed: null });

    await post(signed(bounced(user.email)));
    const me = await callJson<{ emailSuppressed: { reason: string; since: string } | null }>("GET", "/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.body.emailSuppressed).toEqual({ reason: "bounce", since: "2030-05-01T10:00:00.000Z" });

    const newEmail = uniqueEmail("moved-on");
    expect((await authPost("/api/auth/change-email", { newEmail, callbackURL: "/dashboard/settings" }, { cookie })).status).toBe(200);
    // The notice to the old address is skipped (it would bounce); the link to the new one goes out.
    expect(await mailOf(user.email, "email-change-notice")).toEqual([]);
    const link = await linkFromMailbox(newEmail, "confirm-new-email", /https?:\/\/\S+verify-email\S*/);
    expect([200, 302]).toContain((await authGet(new Request(link, { headers: { cookie } }))).status);

    const after = await callJson<{ user: { email: string }; emailSuppressed: unknown }>("GET", "/me", { cookie });
    expect(after.body).toMatchObject({ user: { email: newEmail }, emailSuppressed: null });
    expect(await findSuppression(user.email)).toMatchObject({ reason: "bounce" });
  });
});

describe("platform admins", () => {
  it("list and lift suppressions, audited; others get 404", async () => {
    const address = uniqueEmail("lift-me");
    await post(signed(complained(address)));
    const admin = await signInWithTotp(await createUser({ email: uniqueEmail("platform"), platformAdmin: true }));

    const found = await callJson<{ data: { address: string; reason: string }[]; nextCursor: string | null }>("GET", `/platform/email-suppressions?address=${encodeURIComponent(address)}`, { cookie: admin });
    expect(found.body.data).toEqual([expect.objectContaining({ address, reason: "complaint" })]);
    const paged = await callJson<{ data: unknown[]; nextCursor: string | null }>("GET", "/platform/email-suppressions?limit=1", { cookie: admin });
    expect(paged.body.data).toHaveLength(1);

    const someone = await signIn(await createUser({ email: uniqueEmail("nosy") }));
    expect((await call("GET", "/platform/email-suppressions", { cookie: someone })).status).toBe(404);
    expect((await call("DELETE", `/platform/email-suppressions/${encodeURIComponent(address)}`, { cookie: someone })).status).toBe(404);

    expect((await call("DELETE", `/platform/email-suppressions/${encodeURIComponent(address.toUpperCase())}`, { cookie: admin })).status).toBe(204);
    expect(await findSuppression(address)).toBeNull();
    expect((await call("DELETE", `/platform/email-suppressions/${encodeURIComponent(address)}`, { cookie: admin })).status).toBe(404);
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.action, "email.suppression_lifted"), eq(auditLogs.targetId, address)));
    expect(audit).toHaveLength(1);

    await sendEmail(db, { to: address, template: magicLinkEmail, props: { url: "https://keel.example/back" } });
    await drainJobs();
    expect(await listMailbox({ to: address })).toHaveLength(1);
  });
});
