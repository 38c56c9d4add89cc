import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { billingEvents } from "@/db/schema/billing";
import { readBillingAccount } from "@/lib/billing/account";
import { receiveEvent } from "@/lib/billing/inbox";
import { createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { timesApplied } from "./billing-apply-count";
import { deliver, signed, subscriptionPayload } from "./billing-helpers";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));

// The reader as it was before it learned a shape: event types in `oldReader` are refused, as
// Keel refused `subscription.past_due` until Dodo 2.52's status was added. Clearing it is the fix
// being deployed; the events kept meanwhile are then replayed.
const oldReader = vi.hoisted(() => ({ refuses: new Set<string>() }));
vi.mock("@/lib/billing/events", async (original) => {
  const events = await original<typeof import("@/lib/billing/events")>();
  return {
    ...events,
    normalizeEvent(payload: unknown) {
      const type = (payload as { type?: unknown } | null)?.type;
      if (typeof type === "string" && oldReader.refuses.has(type)) throw new events.MalformedEventError(`unreadable subscription in ${type}: data.status: (the old reader)`, type);
      return events.normalizeEvent(payload);
    },
  };
});

type Listed = { data: { id: string; eventId: string; type: string; outcome: string; payload: unknown }[]; nextCursor: string | null };
const day = 86_400_000;

async function platformAdmin() {
  return signInWithTotp(await createUser({ email: uniqueEmail("billing-replay-admin"), platformAdmin: true }));
}

/** An active subscriber, and a past_due event for it that the old reader refused. */
async function keptPastDue(label: string) {
  const { tenant, people } = await createTeam(label, { state: "trialing", plan: "pro" });
  const subscriptionId = `sim_sub_${tenant.id}`;
  const start = Date.now() - 10 * day;
  await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, status: "active", type: "subscription.active", at: new Date(start) })));
  const deadline = new Date(start + 12 * day);
  const delivery = signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, status: "past_due", type: "subscription.past_due", at: new Date(start + 9 * day), pastDueEndsAt: deadline }));
  oldReader.refuses.add("subscription.past_due");
  try {
    const res = await deliver(delivery);
    expect(res.status).toBe(200); // kept, so the provider stops retrying what a retry cannot fix
    expect(await res.json()).toMatchObject({ status: "unreadable", outcome: expect.stringMatching(/^unreadable: unreadable subscription in subscription\.past_due/) });
  } finally {
    oldReader.refuses.clear();
  }
  const [row] = await db.select().from(billingEvents).where(and(eq(billingEvents.provider, "simulator"), eq(billingEvents.eventId, delivery.id)));
  return { tenant, people, deadline, delivery, row: row! };
}

describe("billing events Keel could not read", () => {
  it("are kept, listed to platform admins only, and applied once when replayed after the reader learns them, audited", async () => {
    const admin = await platformAdmin();
    const kept = await keptPastDue("replay-past-due");
    expect(kept.row).toMatchObject({ type: "subscription.past_due", tenantId: null });
    expect((await readBillingAccount(db, kept.tenant.id)).state).toBe("active"); // nothing applied yet

    const listed = await callJson<Listed>("GET", "/platform/billing/events?outcome=unreadable&limit=100", { cookie: admin });
    expect(listed.status).toBe(200);
    expect(listed.body.data.find((e) => e.id === kept.row.id)).toMatchObject({ eventId: kept.delivery.id, type: "subscription.past_due", payload: JSON.parse(kept.delivery.body) });
    const ignoredOnly = await callJson<Listed>("GET", "/platform/billing/events?outcome=ignored&limit=100", { cookie: admin });
    expect(ignoredOnly.body.data.every((e) => e.outcome.startsWith("ignored:"))).toBe(true);
    const owner = await signIn(kept.people.owner);
    expect((await call("GET", "/platform/billing/events", { cookie: owner })).status).toBe(404);
    expect((await call("POST", `/platform/billing/events/${kept.row.id}/replay`, { cookie: owner })).status).toBe(404);

    const replay = await callJson<{ outcome: string; previousOutcome: string; type: string }>("POST", `/platform/billing/events/${kept.row.id}/replay`, { cookie: admin });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ type: "subscription.past_due", outcome: "applied", previousOutcome: kept.row.outcome });
    expect(await readBillingAccount(db, kept.tenant.id)).toMatchObject({ state: "past_due", graceUntil: kept.deadline });
    const [after] = await db.select().from(billingEvents).where(eq(billingEvents.id, kept.row.id));
    expect(after).toMatchObject({ outcome: "applied", tenantId: kept.tenant.id });
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.action, "billing.event_replayed"), eq(auditLogs.targetId, kept.row.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ tenantId: kept.tenant.id, data: expect.objectContaining({ before: kept.row.outcome, after: "applied" }) });

    // Applied now: a second replay would change nothing, and says so.
    const again = await callJson<{ error: { code: string } }>("POST", `/platform/billing/events/${kept.row.id}/replay`, { cookie: admin });
    expect([again.status, again.body.error.code]).toEqual([409, "billing_event_already_applied"]);
    const relisted = await callJson<Listed>("GET", "/platform/billing/events?limit=100", { cookie: admin });
    expect(relisted.body.data.some((e) => e.id === kept.row.id)).toBe(false);
    expect(timesApplied.get(kept.delivery.id)).toBe(1);
    expect((await call("POST", "/platform/billing/events/bevt_missing/replay", { cookie: admin })).status).toBe(404);
    // Bad input answers 4xx in the envelope, never 500.
    for (const [method, path, status] of [
      ["GET", "/platform/billing/events?outcome=applied", 422],
      ["GET", "/platform/billing/events?limit=abc", 422],
      ["GET", "/platform/billing/events?cursor=%00", 422],
      ["POST", `/platform/billing/events/${encodeURIComponent("bevt_\u0000x")}/replay`, 422],
      ["POST", `/platform/billing/events/${"i".repeat(4_000)}/replay`, 404],
    ] as const) {
      const res = await callJson<{ error: { code: string } }>(method, path, { cookie: admin });
      expect([path.slice(0, 60), res.status, typeof res.body.error.code]).toEqual([path.slice(0, 60), status, "string"]);
    }
  });

  it("apply once when replayed many times at once", async () => {
    // PGlite runs every transaction under one lock: these race only on the Postgres pass.
    const admin = await platformAdmin();
    const kept = await keptPastDue("replay-race");
    const answers = await Promise.all(Array.from({ length: 5 }, () => call("POST", `/platform/billing/events/${kept.row.id}/replay`, { cookie: admin })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(timesApplied.get(kept.delivery.id)).toBe(1);
    expect(await db.select().from(auditLogs).where(and(eq(auditLogs.action, "billing.event_replayed"), eq(auditLogs.targetId, kept.row.id)))).toHaveLength(1);
  });

  it("stay unreadable when replayed before the reader learns them, and refuse a replay of an event that was applied", async () => {
    const admin = await platformAdmin();
    const id = `evt_replay_${Date.now()}`;
    expect((await receiveEvent({ name: "simulator" }, id, { hello: "still not a webhook" })).status).toBe("unreadable");
    const [row] = await db.select().from(billingEvents).where(and(eq(billingEvents.provider, "simulator"), eq(billingEvents.eventId, id)));
    const replay = await callJson<{ outcome: string }>("POST", `/platform/billing/events/${row!.id}/replay`, { cookie: admin });
    expect(replay.status).toBe(200);
    expect(replay.body.outcome).toMatch(/^unreadable: not a Dodo-shaped webhook payload/);
    expect(timesApplied.get(id)).toBeUndefined();
    const listed = await callJson<Listed>("GET", "/platform/billing/events?outcome=unreadable&limit=100", { cookie: admin });
    expect(listed.body.data.some((e) => e.id === row!.id)).toBe(true);

    const { tenant } = await createTeam("replay-applied", { state: "trialing", plan: "pro" });
    const applied = signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId: `sim_sub_${tenant.id}`, status: "active", type: "subscription.active", at: new Date() }));
    await deliver(applied);
    const [appliedRow] = await db.select().from(billingEvents).where(and(eq(billingEvents.provider, "simulator"), eq(billingEvents.eventId, applied.id)));
    const refused = await callJson<{ error: { code: string } }>("POST", `/platform/billing/events/${appliedRow!.id}/replay`, { cookie: admin });
    expect([refused.status, refused.body.error.code]).toEqual([409, "billing_event_already_applied"]);
  });
});
