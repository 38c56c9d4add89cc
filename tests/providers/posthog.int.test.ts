import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { productEvents } from "@/db/schema/product-analytics";
import { deliverProductEvent } from "@/lib/product-analytics/deliver";
import { identify, identifyTenant, track } from "@/lib/product-analytics/track";
import { call } from "../client";
import { startPostHogStandIn } from "./posthog-api";

const key = "phc_standin_project_key";
let posthog: Awaited<ReturnType<typeof startPostHogStandIn>>;

beforeAll(async () => {
  posthog = await startPostHogStandIn(key);
});
afterAll(() => posthog.close());

beforeEach(() => {
  process.env.NEXT_PUBLIC_POSTHOG_KEY = key;
  process.env.NEXT_PUBLIC_POSTHOG_HOST = posthog.url;
  process.env.ANALYTICS_CONSENT_DEFAULT = "granted";
});
afterEach(() => {
  delete process.env.NEXT_PUBLIC_POSTHOG_KEY;
  delete process.env.NEXT_PUBLIC_POSTHOG_HOST;
  delete process.env.ANALYTICS_CONSENT_DEFAULT;
});

const delivery = async (id: string) => (await db.select().from(productEvents).where(eq(productEvents.id, id)))[0]?.delivery;

describe("product events reach PostHog's capture API (gzip batch) when a key is set and consent allows", () => {
  it("sends a tenant's event with the stored uuid, the user as distinct id and the tenant as group", async () => {
    const id = await db.transaction((tx) => track(tx, { name: "api_key_created", userId: "usr_ph_1", tenantId: "org_ph_1", properties: { environment: "live", scopes: 2 } }));
    await deliverProductEvent(id);
    const sent = posthog.messages.find((m) => m.uuid === id);
    expect(sent).toMatchObject({ event: "api_key_created", distinct_id: "usr_ph_1", properties: expect.objectContaining({ environment: "live", scopes: 2, $groups: { tenant: "org_ph_1" } }) });
    expect(posthog.requests.at(-1)?.headers["content-encoding"]).toBe("gzip");
    expect(await delivery(id)).toBe("sent");

    // Delivered once: running the job again (a duplicate) sends nothing more.
    await deliverProductEvent(id);
    expect(posthog.messages.filter((m) => m.uuid === id)).toHaveLength(1);
  });

  it("sends a tenant-level event without creating a person, and identifies people and tenants", async () => {
    const billing = await track(db, { name: "payment_failed", tenantId: "org_ph_2", properties: { amount: 1900 } });
    const person = await identify(db, "usr_ph_2", { signed_up_at: "2026-11-28T00:00:00.000Z" });
    const group = await identifyTenant(db, "org_ph_2", { plan: "pro", billing_status: "past_due" });
    for (const id of [billing, person, group]) await deliverProductEvent(id);
    expect(posthog.messages.find((m) => m.uuid === billing)).toMatchObject({ distinct_id: "tenant:org_ph_2", properties: expect.objectContaining({ $process_person_profile: false }) });
    expect(posthog.messages.find((m) => m.event === "$identify" && m.distinct_id === "usr_ph_2")).toMatchObject({ properties: expect.objectContaining({ $set: { signed_up_at: "2026-11-28T00:00:00.000Z" } }) });
    expect(posthog.messages.find((m) => m.event === "$groupidentify" && m.properties?.$group_key === "org_ph_2")).toMatchObject({
      properties: expect.objectContaining({ $group_type: "tenant", $group_set: { plan: "pro", billing_status: "past_due" } }),
    });
  });

  it("throws when PostHog fails, so the job retries, and sends the event once when it recovers", async () => {
    const id = await track(db, { name: "retried_event", userId: "usr_ph_3" });
    posthog.failNext(1);
    await expect(deliverProductEvent(id)).rejects.toThrow();
    expect(await delivery(id)).toBeNull();
    await deliverProductEvent(id);
    expect(await delivery(id)).toBe("sent");
    expect(posthog.messages.filter((m) => m.uuid === id)).toHaveLength(1);
  });

  it("sends nothing for a user who has not consented", async () => {
    process.env.ANALYTICS_CONSENT_DEFAULT = "denied";
    const before = posthog.requests.length;
    const id = await track(db, { name: "not_consented", userId: "usr_ph_4" });
    await deliverProductEvent(id);
    expect(posthog.requests.length).toBe(before);
    expect(await delivery(id)).toBe("no_consent");
  });
});

describe("the /ingest proxy", () => {
  it("forwards posthog-js's request to PostHog with the client's address and without the session cookie", async () => {
    const body = JSON.stringify({ api_key: key, batch: [{ event: "$pageview", distinct_id: "usr_ph_5", properties: { $current_url: "http://localhost:3000/dashboard" } }] });
    const res = await call("POST", "/ingest/batch", { rawBody: body, headers: { "content-type": "application/json", cookie: "keel.session_token=secret-session", authorization: "Bearer sk_live_secret", "x-forwarded-for": "203.0.113.50" }, origin: "http://localhost:3000" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 1 });
    const forwarded = posthog.requests.at(-1)!;
    expect(forwarded.path).toBe("/batch/");
    expect(forwarded.headers.cookie).toBeUndefined();
    expect(forwarded.headers.authorization).toBeUndefined();
    expect(forwarded.headers["x-forwarded-for"]).toBe("203.0.113.50");
    expect(posthog.messages.at(-1)).toMatchObject({ event: "$pageview", distinct_id: "usr_ph_5" });
  });

  it("answers 503 service_unavailable in the envelope when PostHog cannot be reached, not a 500", async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    process.env.NEXT_PUBLIC_POSTHOG_HOST = "http://127.0.0.1:9";
    const res = await call("POST", "/ingest/batch", { rawBody: "{}", headers: { "content-type": "application/json" }, origin: "http://localhost:3000" });
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("service_unavailable");
  });

  it("is a 404 without a PostHog key", async () => {
    delete process.env.NEXT_PUBLIC_POSTHOG_KEY;
    const res = await call("POST", "/ingest/batch", { rawBody: "{}", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});
