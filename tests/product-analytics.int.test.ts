import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { events, jobs as jobRows } from "@/db/schema/jobs";
import { productEvents } from "@/db/schema/product-analytics";
import { jobs } from "@/lib/app";
import { newId } from "@/lib/ids";
import { deliverProductEvent } from "@/lib/product-analytics/deliver";
import { apiKeyCreatedJob, paymentFailedJob, subscriptionEventName, subscriptionUpdatedJob } from "@/lib/product-analytics/subscribers";
import { track } from "@/lib/product-analytics/track";
import { uniqueEmail } from "@/seed/factories";
import { authPost } from "./client";

afterEach(() => {
  delete process.env.NEXT_PUBLIC_POSTHOG_KEY;
  delete process.env.ANALYTICS_CONSENT_DEFAULT;
});

const rowsNamed = (name: string) => db.select().from(productEvents).where(eq(productEvents.name, name));
const deliveryJobFor = async (eventId: string) => (await db.select().from(jobRows).where(eq(jobRows.name, "product-analytics.deliver"))).filter((j) => (j.payload as { eventId: string }).eventId === eventId);

describe("the local product event store", () => {
  it("keeps an event and its delivery job together, and neither when the transaction rolls back", async () => {
    process.env.NEXT_PUBLIC_POSTHOG_KEY = "phc_configured";
    process.env.ANALYTICS_CONSENT_DEFAULT = "granted";
    const kept = await db.transaction((tx) => track(tx, { name: "local_kept", tenantId: "org_local", properties: { plan: "pro" } }));
    expect(await rowsNamed("local_kept")).toEqual([expect.objectContaining({ id: kept, tenantId: "org_local", properties: { plan: "pro" }, delivery: null })]);
    expect(await deliveryJobFor(kept)).toHaveLength(1);

    let rolledBack = "";
    await expect(
      db.transaction(async (tx) => {
        rolledBack = await track(tx, { name: "local_rolled_back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await rowsNamed("local_rolled_back")).toEqual([]);
    expect(await deliveryJobFor(rolledBack)).toEqual([]);
  });

  it("marks delivery `local` without a PostHog key, and `no_consent` with a key but consent denied (the default), queueing no job", async () => {
    const local = await track(db, { name: "local_only" });
    expect(await deliveryJobFor(local)).toEqual([]);
    await deliverProductEvent(local);
    process.env.NEXT_PUBLIC_POSTHOG_KEY = "phc_unreachable";
    const denied = await track(db, { name: "consent_denied" });
    expect(await deliveryJobFor(denied)).toEqual([]);
    // Consent denied means no request at all: the key's host would fail the test if it were called.
    process.env.NEXT_PUBLIC_POSTHOG_HOST = "http://127.0.0.1:9";
    await deliverProductEvent(denied);
    delete process.env.NEXT_PUBLIC_POSTHOG_HOST;
    const [a] = await rowsNamed("local_only");
    const [b] = await rowsNamed("consent_denied");
    expect(a).toMatchObject({ delivery: "local", deliveredAt: expect.any(Date) });
    expect(b).toMatchObject({ delivery: "no_consent" });
  });

  it("records a sign-up as `signed_up` and an identify, by user id, in the sign-up's transaction", async () => {
    const email = uniqueEmail("pa-signup");
    const res = await authPost("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Pat" });
    expect(res.status).toBe(200);
    const [signedUp] = (await rowsNamed("signed_up")).filter((r) => r.occurredAt.getTime() > Date.now() - 60_000).slice(-1);
    expect(signedUp?.userId).toMatch(/^usr_/);
    const identifies = (await rowsNamed("$identify")).filter((r) => r.userId === signedUp!.userId);
    expect(identifies).toHaveLength(1);
    // Nothing personal goes along: no email, no name.
    expect(JSON.stringify([signedUp, identifies])).not.toContain(email);
    expect(JSON.stringify([signedUp, identifies])).not.toContain("Pat");
  });
});

describe("other modules' events become product events", () => {
  it("subscribes to subscription.updated, payment.failed and api_key.created through the app's job catalog", () => {
    expect(jobs.subscribers.get("subscription.updated")).toContain(subscriptionUpdatedJob);
    expect(jobs.subscribers.get("payment.failed")).toContain(paymentFailedJob);
    expect(jobs.subscribers.get("api_key.created")).toContain(apiKeyCreatedJob);
  });

  it("names subscription changes by their statuses", () => {
    expect(subscriptionEventName("active", null)).toBe("subscription_started");
    expect(subscriptionEventName("active", "pending")).toBe("subscription_started");
    expect(subscriptionEventName("active", "active")).toBe("subscription_changed");
    expect(subscriptionEventName("past_due", "active")).toBe("subscription_changed");
    expect(subscriptionEventName("cancelled", "active")).toBe("subscription_canceled");
  });

  it("tracks a subscription start for the tenant and sets the tenant's plan and billing status", async () => {
    const tenantId = `org_${newId("event").slice(4)}`;
    const eventId = newId("event");
    await db.insert(events).values({ id: eventId, type: "subscription.updated", tenantId, data: { tenantId, id: "sub_1", provider: "simulator", plan: "pro", interval: "month", status: "active", previousStatus: "pending", currentPeriodEnd: null, cancelAtPeriodEnd: false } });
    await subscriptionUpdatedJob.run({ eventId }, { jobId: "job_test", attempt: 1 } as never);
    const mine = (await db.select().from(productEvents).where(eq(productEvents.tenantId, tenantId))).sort((a, b) => a.name.localeCompare(b.name));
    expect(mine.map((r) => [r.name, r.properties])).toEqual([
      ["$groupidentify", { plan: "pro", billing_status: "active", interval: "month" }],
      ["subscription_started", { plan: "pro", interval: "month", status: "active", previous_status: "pending", cancel_at_period_end: false }],
    ]);
    // No PostHog key here: stored as local, with no delivery job.
    for (const row of mine) expect(row.delivery).toBe("local");
  });
});
