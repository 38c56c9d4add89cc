import { and, count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { billingEvents, billingStateChanges, invoices, subscriptions } from "@/db/schema/billing";
import { creditLedger } from "@/db/schema/credits";
import { getBalance } from "@/lib/credits";
import { createTeam } from "@/seed/factories";
import { creditPaymentPayload, deliver, signed, subscriptionPayload } from "./billing-helpers";
import { readTenantPlan } from "@/lib/plans";
import { timesApplied } from "./billing-apply-count";

vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));

const minute = 60_000;

async function stateChanges(tenantId: string) {
  return db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenantId));
}

describe("billing webhook inbox", () => {
  it("acts once on one event delivered 50 times, in sequence and concurrently", async () => {
    const { tenant } = await createTeam("webhook-50", { state: "trialing", plan: "pro" });
    const activation = signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId: `sim_sub_${tenant.id}`, status: "active", type: "subscription.active", at: new Date() }));
    const purchase = signed(creditPaymentPayload({ tenantId: tenant.id, pack: "small" }));

    const answer = async (delivery: ReturnType<typeof signed>) => {
      const res = await deliver(delivery);
      return { id: delivery.id, http: res.status, ...((await res.json()) as { status: string; outcome: string }) };
    };
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await answer(activation), await answer(purchase));
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    answers.push(...(await Promise.all(Array.from({ length: 25 }, () => [answer(activation), answer(purchase)]).flat())));
    expect(answers).toHaveLength(100);
    expect(answers.every((a) => a.http === 200)).toBe(true);
    // The first delivery applies the event; each of the 49 redeliveries (same webhook-id) says so.
    for (const id of [activation.id, purchase.id]) {
      const mine = answers.filter((a) => a.id === id);
      expect(mine[0]?.status).toBe("applied");
      expect(mine.slice(1).map((a) => [a.status, a.outcome])).toEqual(Array(49).fill(["duplicate", "already received"]));
      expect(timesApplied.get(id)).toBe(1);
    }

    expect((await stateChanges(tenant.id)).map((c) => `${c.from}→${c.to}`)).toEqual(["trialing→active"]);
    const grants = await db.select().from(creditLedger).where(and(eq(creditLedger.tenantId, tenant.id), eq(creditLedger.source, "top_up")));
    expect(grants).toHaveLength(1);
    expect(await getBalance({ tenantId: tenant.id })).toBe(1000);
    const [stored] = await db.select({ n: count() }).from(billingEvents).where(eq(billingEvents.tenantId, tenant.id));
    expect(stored?.n).toBe(2);
    expect(await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.tenantId, tenant.id))).toHaveLength(1);
    const subs = await db.select({ lastEventId: subscriptions.lastEventId }).from(subscriptions).where(eq(subscriptions.tenantId, tenant.id));
    expect(subs).toEqual([{ lastEventId: activation.id }]);
  });

  it("answers 401 to a tampered body, a wrong secret and a stale timestamp, and changes nothing", async () => {
    const { tenant } = await createTeam("webhook-bad", { state: "trialing", plan: "pro" });
    const body = subscriptionPayload({ tenantId: tenant.id, subscriptionId: `sim_sub_${tenant.id}`, status: "active", type: "subscription.active", at: new Date() });
    const good = signed(body);
    const tampered = { ...good, body: body.replace('"active"', '"cancelled"') };
    const wrongSecret = signed(body, { secret: "whsec_d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldA==" });
    const stale = signed(body, { at: new Date(Date.now() - 6 * minute) });
    const unsigned = { body, headers: { "content-type": "application/json" } };
    for (const delivery of [tampered, wrongSecret, stale, unsigned]) {
      const res = await deliver(delivery);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("invalid_signature");
    }
    const [stored] = await db.select({ n: count() }).from(billingEvents).where(eq(billingEvents.tenantId, tenant.id));
    expect(stored?.n).toBe(0);
    const row = await readTenantPlan(db, tenant.id);
    expect(row?.state).toBe("trialing");
    expect((await deliver(good)).status).toBe(200);
  });

  it("ends in the same state whatever order active, renewed, on_hold and cancelled arrive in", async () => {
    const start = Date.now() - 60 * minute;
    const types = [
      { type: "subscription.active", status: "active" },
      { type: "subscription.renewed", status: "active" },
      { type: "subscription.on_hold", status: "on_hold" },
      { type: "subscription.cancelled", status: "cancelled" },
    ];
    const finals = new Set<string>();
    for (const order of permutations([0, 1, 2, 3])) {
      const { tenant } = await createTeam("webhook-order", { state: "trialing", plan: "pro" });
      const subscriptionId = `sim_sub_${tenant.id}`;
      for (const i of order) {
        const spec = types[i]!;
        const res = await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, ...spec, at: new Date(start + i * minute) })));
        expect(res.status).toBe(200);
      }
      // A late update claiming it is active again must not revive it.
      await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, type: "subscription.updated", status: "active", at: new Date() })));
      const [sub] = await db.select({ status: subscriptions.status }).from(subscriptions).where(eq(subscriptions.tenantId, tenant.id));
      const row = await readTenantPlan(db, tenant.id);
      finals.add(`${sub?.status}/${row?.state}/${row?.plan}`);
    }
    expect([...finals]).toEqual(["cancelled/canceled/free"]);
  });
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
