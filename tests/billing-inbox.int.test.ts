import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { billingEvents } from "@/db/schema/billing";
import { receiveEvent } from "@/lib/billing/inbox";
import { subscriptionEvent } from "@/lib/billing/simulator/payloads";
import { logger } from "@/lib/observability";
import { createTeam } from "@/seed/factories";
import { counterValue } from "./metrics-reader";

// A bug while reading a payload (as opposed to a payload Keel cannot read) is simulated by this
// marker: it must fail the delivery, so the provider retries once the bug is fixed.
const crashes = { crash: "reader bug" };
vi.mock("@/lib/billing/events", async (original) => {
  const events = await original<typeof import("@/lib/billing/events")>();
  return {
    ...events,
    normalizeEvent: (payload: unknown) => {
      if (payload === crashes) throw new TypeError("a bug in the reader");
      return events.normalizeEvent(payload);
    },
  };
});

const simulator = { name: "simulator" } as const;
let sequence = 0;
const eventId = () => `evt_inbox_${Date.now()}_${++sequence}`;

async function stored(provider: string, id: string) {
  return db.select().from(billingEvents).where(and(eq(billingEvents.provider, provider), eq(billingEvents.eventId, id)));
}

afterEach(() => vi.restoreAllMocks());

describe("billing inbox", () => {
  it("keeps a payload it cannot read, marked unreadable with why, warns, and answers a redelivery as a duplicate", async () => {
    const warn = vi.spyOn(logger, "warn");
    const id = eventId();
    const payload = { hello: "not a webhook" };
    const before = Date.now();
    const outcome = "unreadable: not a Dodo-shaped webhook payload (type: Invalid input: expected string, received undefined)";
    expect(await receiveEvent(simulator, id, payload)).toEqual({ status: "unreadable", outcome });
    const [row] = await stored("simulator", id);
    expect(row).toMatchObject({ type: "unreadable", tenantId: null, outcome, payload });
    expect(row!.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(row!.occurredAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    expect(warn).toHaveBeenCalledWith("billing: unreadable webhook payload", expect.objectContaining({ provider: "simulator", eventId: id }));

    expect(await receiveEvent(simulator, id, payload)).toEqual({ status: "duplicate", outcome: "already received" });
    expect(await stored("simulator", id)).toHaveLength(1);
  });

  it("keeps a signed payload holding a NUL or an unpaired surrogate (which Postgres refuses) as unreadable, with U+FFFD in their place", async () => {
    const id = eventId();
    const payload = { type: "payment.succeeded", timestamp: new Date().toISOString(), data: { payment_id: "pay_\u0000x", note: "a\uD800b", ["k\u0000"]: 1 } };
    const outcome = "unreadable: data.payment_id: a NUL or unpaired surrogate, which Postgres cannot store (kept with U+FFFD in its place)";
    expect(await receiveEvent(simulator, id, payload)).toEqual({ status: "unreadable", outcome });
    const [row] = await stored("simulator", id);
    expect(row).toMatchObject({ type: "unreadable", outcome, payload: { ...payload, data: { payment_id: "pay_\uFFFDx", note: "a\uFFFDb", ["k\uFFFD"]: 1 } } });
    expect(await receiveEvent(simulator, id, payload)).toEqual({ status: "duplicate", outcome: "already received" });
  });

  it("records a readable event with its type, its time, the tenant it matched and what applying it did, and counts it", async () => {
    const { tenant } = await createTeam("inbox-readable", { state: "trialing", plan: "pro" });
    const at = new Date(Date.now() - 3_600_000);
    const id = eventId();
    const payload = subscriptionEvent(
      "subscription.active",
      { id: `sim_sub_${tenant.id}`, tenantId: tenant.id, productId: "sim_pro_month", status: "active", nextBillingDate: new Date(at.getTime() + 30 * 86_400_000), cancelAtNextBillingDate: false },
      at,
    );
    const counted = () => counterValue("billing_events_processed_total", { type: "subscription.active", outcome: "applied" });
    const before = await counted();
    const answer = await receiveEvent(simulator, id, JSON.parse(JSON.stringify(payload)));
    expect(answer.status).toBe("applied");
    expect(answer.outcome).not.toMatch(/^(received|ignored)/);
    // Counted for /internal/metrics once the event committed.
    expect(await counted()).toBe(before + 1);
    const [row] = await stored("simulator", id);
    expect(row).toMatchObject({ type: "subscription.active", tenantId: tenant.id, outcome: answer.outcome });
    expect(Math.abs(row!.occurredAt.getTime() - at.getTime())).toBeLessThan(1_000);
  });

  it("keeps an event whose envelope reads but whose data does not under its type, with the field that failed", async () => {
    const id = eventId();
    const payload = { business_id: "bus_1", type: "subscription.active", timestamp: new Date().toISOString(), data: { subscription_id: "sub_1", product_id: "sim_pro_month", status: "trialing" } };
    const answer = await receiveEvent(simulator, id, payload);
    expect(answer.status).toBe("unreadable");
    expect(answer.outcome).toMatch(/^unreadable: unreadable subscription in subscription\.active: data\.status: /);
    expect((await stored("simulator", id))[0]).toMatchObject({ type: "subscription.active", outcome: answer.outcome });
  });

  it("keeps the same event id from two providers apart", async () => {
    const id = eventId();
    expect((await receiveEvent({ name: "simulator" }, id, { a: 1 })).status).toBe("unreadable");
    expect((await receiveEvent({ name: "dodo" }, id, { a: 1 })).status).toBe("unreadable");
    expect((await receiveEvent({ name: "dodo" }, id, { a: 1 })).status).toBe("duplicate");
  });

  it("fails a delivery on a bug in the reader and stores nothing, so the provider's retry can apply it", async () => {
    const id = eventId();
    await expect(receiveEvent(simulator, id, crashes)).rejects.toThrow(TypeError);
    expect(await stored("simulator", id)).toEqual([]);
  });
});
