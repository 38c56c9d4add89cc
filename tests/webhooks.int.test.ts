import { and, desc, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { events, jobs } from "@/db/schema/jobs";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema/webhooks";
import { listMailbox } from "@/lib/email/mailbox";
import { drainJobs, modules } from "@/lib/app";
import { emit } from "@/lib/jobs";
import { addMember, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { callJson, signIn } from "./client";
import { counterValue } from "./metrics-reader";
import { startReceiver, type Receiver } from "./webhook-receiver";

type Endpoint = { id: string; url: string; events: string[]; enabled: boolean; disabledReason: string | null; secret?: string };
type Delivery = { id: string; messageId: string; eventType: string; status: string; attempt: number; responseStatus: number | null; createdAt: string };

let receiver: Receiver;
let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;
/** A member whose role the tests flip: `member.role_changed` is a core event, there whatever modules are removed. */
let flipped: { id: string };
let flips = 0;
const base = () => `/tenants/${team.tenant.id}/webhooks`;

// tests/setup.ts sets WEBHOOKS_ALLOW_PRIVATE_URLS=on and WEBHOOKS_RETRY_SCHEDULE=0,0,0 for every test process.
beforeAll(async () => {
  receiver = await startReceiver();
  team = await createTeam("webhooks", { plan: "pro", state: "active" });
  owner = await signIn(team.people.owner);
  flipped = await addMember({ tenant: team.tenant, user: await createUser({ email: uniqueEmail("webhooks-flipped") }), role: "member" });
});

afterAll(async () => {
  await receiver.close();
});

afterEach(async () => {
  // Each test starts with no endpoint listening and an empty receiver.
  await db.update(webhookEndpoints).set({ deletedAt: new Date(), enabled: false }).where(eq(webhookEndpoints.tenantId, team.tenant.id));
  receiver.reset();
});

async function createEndpoint(body: Record<string, unknown> = {}) {
  const res = await callJson<Endpoint>("POST", base(), { cookie: owner, body: { url: receiver.url(), ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Causes one `member.role_changed` event (member ↔ viewer), through the API. */
async function changeRole() {
  const role = flips++ % 2 === 0 ? "viewer" : "member";
  const res = await callJson("PATCH", `/tenants/${team.tenant.id}/members/${flipped.id}`, { cookie: owner, body: { role } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return role;
}

async function deliveries(endpointId: string) {
  const res = await callJson<{ data: Delivery[]; nextCursor: string | null }>("GET", `${base()}/${endpointId}/deliveries`, { cookie: owner });
  expect(res.status).toBe(200);
  return res.body.data;
}

/** Module ids as plain strings: a removed module's id must still compile here. */
const installed = new Set<string>(modules.map((m) => m.id));

const headersOf = (i: number) => receiver.received[i]!.headers as Record<string, string>;

describe("outgoing webhooks", () => {
  it("creates an endpoint with a whsec_ secret that lists never show", async () => {
    const endpoint = await createEndpoint({ description: "CRM sync" });
    expect(endpoint).toMatchObject({ url: receiver.url(), events: [], enabled: true });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    const list = await callJson<{ data: Record<string, unknown>[] }>("GET", base(), { cookie: owner });
    expect(list.body.data.map((e) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify(list.body)).not.toContain("whsec_");
    const one = await callJson("GET", `${base()}/${endpoint.id}`, { cookie: owner });
    expect(JSON.stringify(one.body)).not.toContain("whsec_");
  });

  it("sends an event signed so the standardwebhooks library verifies it", async () => {
    const endpoint = await createEndpoint();
    const role = await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const { body } = receiver.received[0]!;
    const verified = new Webhook(endpoint.secret!).verify(body, headersOf(0)) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(verified.type).toBe("member.role_changed");
    expect(verified.data).toMatchObject({ memberId: flipped.id, to: role, tenantId: team.tenant.id });
    expect(Date.parse(verified.timestamp)).not.toBeNaN();
    // Another secret does not verify it, nor does a changed body.
    expect(() => new Webhook("whsec_" + Buffer.alloc(24, 1).toString("base64")).verify(body, headersOf(0))).toThrow();
    expect(() => new Webhook(endpoint.secret!).verify(body.replace(role, "owner"), headersOf(0))).toThrow();
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ messageId: headersOf(0)["webhook-id"], eventType: "member.role_changed", status: "succeeded", attempt: 1, responseStatus: 200 });
  });

  it("queues no fan-out job for an event no endpoint takes", async () => {
    const endpoint = await createEndpoint({ events: ["webhook.test"] });
    await changeRole(); // member.role_changed: the endpoint takes only webhook.test
    const [event] = await db.select({ id: events.id }).from(events).where(and(eq(events.tenantId, team.tenant.id), eq(events.type, "member.role_changed"))).orderBy(desc(events.id)).limit(1);
    await drainJobs();
    const fanOuts = await db.select().from(jobs).where(and(eq(jobs.name, "webhooks.fan-out"), sql`${jobs.payload}->>'eventId' = ${event!.id}`));
    expect(fanOuts).toEqual([]);
    expect(await deliveries(endpoint.id)).toEqual([]);
    expect((await db.select({ at: events.fannedOutAt }).from(events).where(eq(events.id, event!.id)))[0]?.at).toBeInstanceOf(Date);
  });

  it("retries a 500 with the same webhook-id, logs each attempt, and counts them for /internal/metrics", async () => {
    const endpoint = await createEndpoint();
    const outcomes = async () => ({ failed: await counterValue("webhook_deliveries_total", { outcome: "failed" }), delivered: await counterValue("webhook_deliveries_total", { outcome: "delivered" }) });
    const before = await outcomes();
    receiver.answer({ status: 500, body: "boom" }, { status: 503 });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(3);
    const after = await outcomes();
    expect(after.failed - before.failed).toBe(2);
    expect(after.delivered - before.delivered).toBeGreaterThanOrEqual(1);
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(1);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt: 3, messageId: ids[0] });
    const detail = await callJson<{ attempts: { attempt: number; responseStatus: number; responseBody: string; durationMs: number; nextAttemptAt: string | null }[] }>(
      "GET",
      `${base()}/${endpoint.id}/deliveries/${delivery!.id}`,
      { cookie: owner },
    );
    expect(detail.body.attempts.map((a) => [a.attempt, a.responseStatus])).toEqual([[1, 500], [2, 503], [3, 200]]);
    expect(detail.body.attempts[0]).toMatchObject({ responseBody: "boom" });
    expect(detail.body.attempts[0]!.nextAttemptAt).not.toBeNull();
    expect(detail.body.attempts[2]!.nextAttemptAt).toBeNull();
  });

  it("gives up after the schedule runs out, and keeps only the first KB of a response", async () => {
    const endpoint = await createEndpoint();
    const gaveUp = await counterValue("webhook_deliveries_total", { outcome: "gave_up" });
    receiver.answer(...Array.from({ length: 4 }, () => ({ status: 500, body: "x".repeat(5000) })));
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(4); // 1 + the 3 retries of "0,0,0"
    expect(await counterValue("webhook_deliveries_total", { outcome: "gave_up" })).toBe(gaveUp + 1);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: "failed", attempt: 4, responseStatus: 500 });
    const attempts = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery!.id));
    expect(attempts.every((a) => a.responseBody!.length === 1024)).toBe(true);
  });

  it("disables an endpoint answering 410 at once, and sends it nothing more", async () => {
    const endpoint = await createEndpoint();
    receiver.answer({ status: 410 });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const shown = await callJson<Endpoint>("GET", `${base()}/${endpoint.id}`, { cookie: owner });
    expect(shown.body).toMatchObject({ enabled: false, disabledReason: "gone" });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const mails = await listMailbox({ to: team.people.owner.email });
    expect(mails.some((m) => m.subject.includes("webhook endpoint") && m.subject.includes(team.tenant.name))).toBe(true);
    // …and asked for an in-app notification to the owner and admins (the notifications module delivers it when installed).
    const requested = await db.select({ data: events.data }).from(events).where(and(eq(events.tenantId, team.tenant.id), eq(events.type, "notification.requested")));
    expect(requested.map((e) => e.data)).toContainEqual(expect.objectContaining({ type: "webhooks.endpoint_disabled", recipients: { tenantRoles: ["owner", "admin"] }, link: "/dashboard/webhooks" }));
  });

  it("disables an endpoint whose attempts have all failed for 5 days", async () => {
    const endpoint = await createEndpoint();
    await db.update(webhookEndpoints).set({ failingSince: new Date(Date.now() - 5 * 86_400_000 - 60_000) }).where(eq(webhookEndpoints.id, endpoint.id));
    receiver.answer({ status: 500 });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row).toMatchObject({ enabled: false, disabledReason: "failing" });
    const [audit] = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, endpoint.id), eq(auditLogs.action, "webhook.endpoint_disabled")));
    expect(audit).toBeDefined();
  });

  it("a success resets the failure clock", async () => {
    const endpoint = await createEndpoint();
    receiver.answer({ status: 500 });
    await changeRole();
    await drainJobs();
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row!.failingSince).toBeNull();
  });

  it("sends nothing for a change whose transaction rolled back", async () => {
    await createEndpoint();
    await expect(
      db.transaction(async (tx) => {
        await emit(tx, "member.role_changed", { tenantId: team.tenant.id, memberId: flipped.id, userId: "usr_x", from: "member", to: "admin" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await drainJobs();
    expect(receiver.received).toHaveLength(0);
  });

  it("sends only the event types an endpoint subscribes to", async () => {
    const endpoint = await createEndpoint({ events: ["invitation.created"] });
    expect(endpoint.events).toEqual(["invitation.created"]);
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(0);
    const invited = await callJson("POST", `/tenants/${team.tenant.id}/invitations`, { cookie: owner, body: { email: uniqueEmail("webhooks-invitee"), role: "viewer" } });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    await drainJobs();
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(["invitation.created"]);
  });

  it("refuses an event type the catalog does not publish", async () => {
    const res = await callJson<{ error: { code: string } }>("POST", base(), { cookie: owner, body: { url: receiver.url(), events: ["project.exploded"] } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("unknown_event_type");
  });

  it("replays a delivery with the same webhook-id", async () => {
    const endpoint = await createEndpoint();
    await changeRole();
    await drainJobs();
    const [delivery] = await deliveries(endpoint.id);
    const replay = await callJson("POST", `${base()}/${endpoint.id}/deliveries/${delivery!.id}/replay`, { cookie: owner });
    expect(replay.status).toBe(202);
    await drainJobs();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(delivery!.messageId);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    const [after] = await deliveries(endpoint.id);
    expect(after).toMatchObject({ attempt: 2, status: "succeeded" });
  });

  it("recovers every failed delivery since a time", async () => {
    const endpoint = await createEndpoint();
    receiver.answer(...Array.from({ length: 8 }, () => ({ status: 500 })));
    await changeRole();
    await changeRole();
    await drainJobs();
    expect((await deliveries(endpoint.id)).map((d) => d.status)).toEqual(["failed", "failed"]);
    const res = await callJson<{ count: number }>("POST", `${base()}/${endpoint.id}/recover`, { cookie: owner, body: { since: new Date(Date.now() - 3600_000).toISOString() } });
    expect(res).toMatchObject({ status: 202, body: { count: 2 } });
    await drainJobs();
    expect((await deliveries(endpoint.id)).map((d) => d.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("sends a test event on demand", async () => {
    const endpoint = await createEndpoint();
    const res = await callJson<{ messageId: string }>("POST", `${base()}/${endpoint.id}/test`, { cookie: owner });
    expect(res.status).toBe(202);
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: "webhook.test", data: { endpointId: endpoint.id } });
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(res.body.messageId);
  });

  it("reveals the secret to the owner, audited, and rotates it with both signatures for 24 hours", async () => {
    const endpoint = await createEndpoint();
    const revealed = await callJson<{ secret: string }>("GET", `${base()}/${endpoint.id}/secret`, { cookie: owner });
    expect(revealed.body.secret).toBe(endpoint.secret);
    const audits = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, endpoint.id), eq(auditLogs.action, "webhook.secret_revealed")));
    expect(audits).toHaveLength(1);
    const member = await signIn(team.people.member);
    expect((await callJson("GET", `${base()}/${endpoint.id}/secret`, { cookie: member })).status).toBe(403);

    const rotated = await callJson<{ secret: string; previousSecretExpiresAt: string }>("POST", `${base()}/${endpoint.id}/secret/rotate`, { cookie: owner });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    await changeRole();
    await drainJobs();
    const { body } = receiver.received[0]!;
    expect(headersOf(0)["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(rotated.body.secret).verify(body, headersOf(0))).toBeTruthy();
    expect(new Webhook(endpoint.secret!).verify(body, headersOf(0))).toBeTruthy();
  });

  it("lets a disabled endpoint be turned back on", async () => {
    const endpoint = await createEndpoint();
    const off = await callJson<Endpoint>("PATCH", `${base()}/${endpoint.id}`, { cookie: owner, body: { enabled: false } });
    expect(off.body).toMatchObject({ enabled: false, disabledReason: "manual" });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(0);
    const on = await callJson<Endpoint>("PATCH", `${base()}/${endpoint.id}`, { cookie: owner, body: { enabled: true } });
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null });
    await changeRole();
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
  });

  it("sends each attempt number once: a busy claim waits, a lost one is taken over, a stale job does nothing", async () => {
    const endpoint = await createEndpoint();
    await changeRole();
    await drainJobs();
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    const { attemptDelivery, deliverWebhookJob } = await import("@/lib/webhooks");
    const { DeliveryBusy } = await import("@/lib/webhooks/deliver");
    // Attempt 2 claimed a moment ago by another process: a replay (attempt 3) and a retry of 2 wait.
    await db.update(webhookDeliveries).set({ status: "sending", attempt: 2, claimedAt: new Date() }).where(eq(webhookDeliveries.id, delivery!.id));
    await expect(attemptDelivery(deliverWebhookJob, delivery!.id, 3)).rejects.toBeInstanceOf(DeliveryBusy);
    await expect(attemptDelivery(deliverWebhookJob, delivery!.id, 2)).rejects.toBeInstanceOf(DeliveryBusy);
    expect(await attemptDelivery(deliverWebhookJob, delivery!.id, 1)).toBeNull();
    // Its process died: after a minute the same attempt number is taken over and sent.
    await db.update(webhookDeliveries).set({ claimedAt: new Date(Date.now() - 120_000) }).where(eq(webhookDeliveries.id, delivery!.id));
    expect(await attemptDelivery(deliverWebhookJob, delivery!.id, 2)).toMatchObject({ status: 200 });
    // A job for an attempt already made does nothing.
    expect(await attemptDelivery(deliverWebhookJob, delivery!.id, 2)).toBeNull();
    expect(receiver.received).toHaveLength(2);
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect(after).toMatchObject({ status: "succeeded", attempt: 2 });
  });

  it("makes one delivery per message however often the fan-out runs", async () => {
    const endpoint = await createEndpoint();
    await changeRole();
    await drainJobs();
    const { fanOutEvent, deliverWebhookJob } = await import("@/lib/webhooks");
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    const { webhookMessages } = await import("@/db/schema/webhooks");
    const [message] = await db.select().from(webhookMessages).where(eq(webhookMessages.id, delivery!.messageId));
    expect(await fanOutEvent(message!.eventId!, deliverWebhookJob)).toBe(0);
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
  });
});

// The contract names POST /projects; the projects module is optional, so this part runs only with it.
describe.skipIf(!installed.has("projects"))("with the projects module", () => {
  it("POST /projects sends project.created with the project's id and name, retried with the same webhook-id", async () => {
    const endpoint = await createEndpoint();
    receiver.answer({ status: 500 });
    const res = await callJson<{ id: string; name: string }>("POST", "/projects", { cookie: owner, body: { name: "Launch" }, headers: { "x-tenant-id": team.tenant.id } });
    expect(res.status).toBe(201);
    await drainJobs();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(receiver.received[0]!.headers["webhook-id"]);
    const event = new Webhook(endpoint.secret!).verify(receiver.received[1]!.body, headersOf(1)) as { type: string; data: Record<string, unknown> };
    expect(event).toMatchObject({ type: "project.created", data: { id: res.body.id, name: "Launch" } });
  });
});

describe("the event catalog", () => {
  it("is public and lists each required type with a JSON schema and an example", async () => {
    const res = await callJson<{ data: { type: string; description: string; schema: { type: string; properties: Record<string, unknown> }; example: Record<string, unknown> }[] }>("GET", "/webhooks/event-types");
    expect(res.status).toBe(200);
    const types = res.body.data.map((e) => e.type);
    // The list, by the module that publishes each (a removed module takes its types along).
    const required: Record<string, string[]> = {
      tenants: ["member.added", "member.removed", "invitation.created"],
      projects: ["project.created", "project.updated", "project.deleted"],
      billing: ["subscription.updated", "payment.succeeded", "payment.failed"],
      credits: ["credits.low"],
      usage: ["usage.quota_reached"],
      "api-keys": ["api_key.created", "api_key.revoked"],
    };
    for (const [module, list] of Object.entries(required)) {
      for (const type of list) expect(types.includes(type), type).toBe(installed.has(module));
    }
    const added = res.body.data.find((e) => e.type === "member.added")!;
    expect(added.schema.type).toBe("object");
    expect(Object.keys(added.schema.properties)).toEqual(expect.arrayContaining(["memberId", "userId", "role"]));
    expect(added.example).toMatchObject({ role: expect.any(String) });
  });
});
