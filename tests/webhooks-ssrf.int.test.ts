import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, webhookMessages } from "@/db/schema/webhooks";
import { attemptDelivery, deliverWebhookJob, isPrivateAddress } from "@/lib/webhooks";
import { webhookIds } from "@/lib/webhooks/catalog";
import { sendWebhook } from "@/lib/webhooks/send";
import { createTeam } from "@/seed/factories";
import { createWebhookEndpoint } from "@/seed/webhooks";
import { callJson, signIn } from "./client";
import { startReceiver, type Receiver } from "./webhook-receiver";

let receiver: Receiver;
let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;

beforeAll(async () => {
  receiver = await startReceiver();
  team = await createTeam("ssrf", { plan: "pro", state: "active" });
  owner = await signIn(team.people.owner);
});

afterAll(() => receiver.close());
afterEach(async () => {
  // Back to what tests/setup.ts gives every test process.
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "on";
  process.env.WEBHOOKS_RETRY_SCHEDULE = "0,0,0";
  receiver.reset();
  // Endpoints made here point at real public addresses: nothing may be delivered to them later.
  await db.update(webhookEndpoints).set({ enabled: false, deletedAt: new Date() }).where(eq(webhookEndpoints.tenantId, team.tenant.id));
});

const create = (url: string) => callJson<{ error: { code: string; message: string } }>("POST", `/tenants/${team.tenant.id}/webhooks`, { cookie: owner, body: { url } });

describe("the webhook SSRF guard", () => {
  // Every private form the issue names, and their disguises: decimal, IPv6, IPv4-mapped, NAT64.
  const refused = [
    "https://127.0.0.1/hook",
    "https://127.1.2.3/hook",
    "https://2130706433/hook", // 127.0.0.1 written as one number
    "https://0x7f000001/hook",
    "https://10.0.0.1/hook",
    "https://10.255.255.254:8443/hook",
    "https://172.16.5.4/hook",
    "https://192.168.1.1/hook",
    "https://100.64.0.1/hook", // CGNAT
    "https://169.254.169.254/latest/meta-data/", // cloud metadata
    "https://0.0.0.0/hook",
    "https://[::1]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::ffff:a9fe:a9fe]/hook", // IPv4-mapped 169.254.169.254
    "https://[64:ff9b::a00:1]/hook", // NAT64 of 10.0.0.1
    "https://[fd00:ec2::254]/hook", // AWS IPv6 metadata
    "https://[fe80::1]/hook",
    "https://localhost/hook", // a name that resolves to 127.0.0.1
    "http://93.184.215.14/hook", // plain http to a public address
    "ftp://93.184.215.14/hook",
    "not a url",
  ];

  it.each(refused)("refuses %s with 422 url_not_allowed", async (url) => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "off";
    const res = await create(url);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe("url_not_allowed");
  });

  it("is the default outside development (tests run with NODE_ENV=test)", async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_URLS;
    const res = await create("https://10.0.0.1/hook");
    expect(res.body.error.code).toBe("url_not_allowed");
  });

  it("accepts a public https address", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "off";
    expect((await create("https://93.184.215.14/hook")).status).toBe(201);
    expect((await create("https://[2606:4700:4700::1111]/hook")).status).toBe(201);
  });

  it("accepts a name that does not resolve yet, and each delivery to it fails at once", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "off";
    expect((await create("https://hooks.keel.invalid/later")).status).toBe(201);
    const result = await sendWebhook({ url: "https://hooks.keel.invalid/later", body: "{}", headers: { "webhook-id": "whmsg_x", "webhook-timestamp": "0", "webhook-signature": "v1,x" }, policy: { allowPrivate: false, http: "none" } });
    expect(result).toMatchObject({ status: null, error: expect.stringMatching(/could not be resolved/) });
    expect(result.durationMs).toBeLessThan(5_000);
  });

  it("WEBHOOKS_ALLOW_PRIVATE_URLS=on lets private addresses and plain http in", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "on";
    expect((await create(receiver.url())).status).toBe(201);
    expect((await create("http://localhost:9/hook")).status).toBe(201);
  });

  it("checks again at delivery: an endpoint allowed earlier gets nothing once the guard is on", async () => {
    // In this process, without the job queue: on a shared Postgres database another test process
    // (where the guard is lifted for its own receivers) could otherwise run this delivery.
    const endpoint = await createWebhookEndpoint({ tenant: team.tenant, url: receiver.url() });
    const messageId = webhookIds.newId("webhookMessage");
    const deliveryId = webhookIds.newId("webhookDelivery");
    await db.insert(webhookMessages).values({ id: messageId, tenantId: team.tenant.id, eventType: "member.role_changed", payload: { type: "member.role_changed", timestamp: new Date().toISOString(), data: {} } });
    await db.insert(webhookDeliveries).values({ id: deliveryId, tenantId: team.tenant.id, endpointId: endpoint.id, messageId, eventType: "member.role_changed" });
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "off";
    delete process.env.WEBHOOKS_RETRY_SCHEDULE; // the next try is then 5 s away, after the endpoint is gone
    const result = await attemptDelivery(deliverWebhookJob, deliveryId, 1);
    await db.update(webhookEndpoints).set({ enabled: false, deletedAt: new Date() }).where(eq(webhookEndpoints.id, endpoint.id));
    expect(result).toMatchObject({ status: null, error: expect.stringMatching(/https/) });
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(delivery).toMatchObject({ status: "pending", attempt: 1, lastError: expect.stringMatching(/https/) });
  });

  it("classifies addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.127.0.1", "::1", "::", "::ffff:127.0.0.1", "::ffff:7f00:1", "64:ff9b::7f00:1", "2002:7f00:1::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.215.14", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "172.32.0.1", "100.128.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe("sending", () => {
  const headers = { "webhook-id": "whmsg_test", "webhook-timestamp": "0", "webhook-signature": "v1,x" };

  it("does not follow redirects", async () => {
    receiver.answer({ status: 302, headers: { location: receiver.url("/elsewhere") } });
    const result = await sendWebhook({ url: receiver.url(), body: "{}", headers, policy: { allowPrivate: true, http: "any" } });
    expect(result.status).toBe(302);
    expect(receiver.received.map((r) => r.path)).toEqual(["/hook"]);
  });

  it("gives up on a receiver that does not answer in time", async () => {
    receiver.answer({ status: 200, delayMs: 2_000 });
    const result = await sendWebhook({ url: receiver.url(), body: "{}", headers, policy: { allowPrivate: true, http: "any" }, timeoutMs: 300 });
    expect(result).toMatchObject({ status: null, error: expect.stringMatching(/No answer within/) });
    expect(result.durationMs).toBeLessThan(1_500);
  });

  it("refuses a private address at send time, without connecting", async () => {
    const result = await sendWebhook({ url: receiver.url(), body: "{}", headers, policy: { allowPrivate: false, http: "any" } });
    expect(result).toMatchObject({ status: null, error: expect.stringMatching(/private/) });
    expect(receiver.received).toHaveLength(0);
  });
});
