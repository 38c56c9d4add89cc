import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { creditGrants, creditLedger } from "@/db/schema/credits";
import { addInterval } from "@/lib/billing/periods";
import { getBalance } from "@/lib/credits";
import { readTenantPlan } from "@/lib/plans";
import { createTeam } from "@/seed/factories";
import { timesApplied } from "./billing-apply-count";
import { deliver, signed, subscriptionChargePayload, subscriptionPayload } from "./billing-helpers";

vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));

// Holds a charge's transaction open after it looked for its subscription, as a slow database would,
// so the subscription's event can arrive in the middle of it.
const slowCharge = vi.hoisted(() => ({ ms: 0 }));
vi.mock("@/lib/billing/allowance", async (original) => {
  const allowance = await original<typeof import("@/lib/billing/allowance")>();
  return {
    ...allowance,
    async planOfPayment(...args: Parameters<typeof allowance.planOfPayment>) {
      const plan = await allowance.planOfPayment(...args);
      if (slowCharge.ms > 0) await new Promise((resolve) => setTimeout(resolve, slowCharge.ms));
      return plan;
    },
  };
});

/**
 * Dodo sends a subscription's charges with `product_cart: null` and promises no order between a
 * charge and its subscription's events (they can share a timestamp). Every paid period must grant
 * the plan's credits exactly once: keyed `allowance:<payment id>`, granted by the charge when the
 * plan is known, else by the subscription event that makes it known.
 */
async function subscriber(label: string) {
  const { tenant } = await createTeam(label, { state: "trialing", plan: "pro" });
  const subscriptionId = `sim_sub_${tenant.id}`;
  const allowances = () => db.select().from(creditLedger).where(and(eq(creditLedger.tenantId, tenant.id), eq(creditLedger.source, "plan_allowance")));
  async function send(delivery: ReturnType<typeof signed>) {
    const res = await deliver(delivery);
    expect(res.status).toBe(200);
    return ((await res.json()) as { outcome: string }).outcome;
  }
  return { tenant, subscriptionId, allowances, send };
}

const minute = 60_000;

describe("the first period's allowance", () => {
  it.each([
    ["the charge, then subscription.active a minute later", "charge", minute],
    ["subscription.active, then the charge a minute later", "active", minute],
    ["the charge, then subscription.active at the same time", "charge", 0],
    ["subscription.active, then the charge at the same time", "active", 0],
  ] as const)("%s: 20,000 credits, once however often each is delivered", async (_label, first, gap) => {
    const s = await subscriber("allowance-order");
    const paidAt = new Date(Date.now() - 10 * minute);
    const activeAt = new Date(paidAt.getTime() + (first === "charge" ? gap : -gap));
    const charge = signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}`, at: paidAt }));
    const active = signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.active", at: activeAt }));
    const order = first === "charge" ? [charge, active] : [active, charge];
    for (const delivery of order) await s.send(delivery);
    // Granted by the pair alone: nothing later may be what makes it right.
    expect(await getBalance({ tenantId: s.tenant.id })).toBe(20_000);
    // Redeliveries of both, and another event about the same payment under a new webhook id.
    for (const delivery of [...order, ...order]) await s.send(delivery);
    await s.send(signed(charge.body));

    expect(await getBalance({ tenantId: s.tenant.id })).toBe(20_000);
    expect(await s.allowances()).toHaveLength(1);
    const [grant] = await db.select({ expiresAt: creditGrants.expiresAt }).from(creditGrants).where(eq(creditGrants.tenantId, s.tenant.id));
    expect(grant?.expiresAt).toEqual(addInterval(paidAt, "month"));
    expect(await readTenantPlan(db, s.tenant.id)).toMatchObject({ state: "active", plan: "pro" });
    for (const delivery of order) expect(timesApplied.get(delivery.id)).toBe(1);
  });

  it("takes the plan from the checkout's metadata when the charge comes first, and grants once when the subscription follows", async () => {
    const s = await subscriber("allowance-metadata");
    const at = new Date(Date.now() - 5 * minute);
    const charge = signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}`, at, metadata: { kind: "subscription", plan: "starter", interval: "year" } }));
    expect(await s.send(charge)).toMatch(/^stale, or its subscription is not known yet/);
    expect(await getBalance({ tenantId: s.tenant.id })).toBe(2_000); // at once: the metadata named the plan
    const [grant] = await db.select({ expiresAt: creditGrants.expiresAt }).from(creditGrants).where(eq(creditGrants.tenantId, s.tenant.id));
    expect(grant?.expiresAt).toEqual(addInterval(at, "year"));
    await s.send(signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.active", at, productId: "sim_starter_year" })));
    expect(await getBalance({ tenantId: s.tenant.id })).toBe(2_000);
    expect(await s.allowances()).toHaveLength(1);
  });

  it("grants a renewal after a plan change at the subscription's plan, not the plan the checkout's metadata still names", async () => {
    const s = await subscriber("allowance-plan-change");
    const start = Date.now() - 40 * 86_400_000;
    const checkoutMetadata = { kind: "subscription", plan: "starter", interval: "month" };
    await s.send(signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.active", at: new Date(start), productId: "sim_starter_month" })));
    await s.send(signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}_1`, at: new Date(start), metadata: checkoutMetadata })));
    await s.send(signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.plan_changed", at: new Date(start + 86_400_000), productId: "sim_pro_month" })));
    await s.send(signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}_2`, at: new Date(start + 30 * 86_400_000), metadata: checkoutMetadata })));
    expect((await s.allowances()).map((e) => e.amount)).toEqual([2_000, 20_000]);
  });

  it("grants once when the subscription's event arrives while its charge is still being applied", async () => {
    // On Postgres, without the tenant lock both paths take, the charge finds no subscription and
    // the subscription finds no paid charge (not committed yet): neither would grant. PGlite runs
    // one transaction at a time, so there the two simply apply one after the other.
    const s = await subscriber("allowance-interleaved");
    const at = new Date(Date.now() - minute);
    // Without a customer on the charge: remembering one would make the two wait for each other
    // by accident, and this is about the lock that makes them wait on purpose.
    const payload = JSON.parse(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}`, at })) as { data: Record<string, unknown> };
    delete payload.data.customer;
    slowCharge.ms = 400;
    try {
      const charge = s.send(signed(JSON.stringify(payload)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all([charge, s.send(signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.active", at })))]);
    } finally {
      slowCharge.ms = 0;
    }
    expect(await getBalance({ tenantId: s.tenant.id })).toBe(20_000);
    expect(await s.allowances()).toHaveLength(1);
  });

  it("grants once when the charge and its subscription are applied at the same moment", async () => {
    // PGlite runs every transaction under one lock: these race only on the Postgres pass, where
    // without the tenant lock each could miss the other's uncommitted row and neither would grant.
    const runs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const s = await subscriber(`allowance-race-${i}`);
        const at = new Date(Date.now() - minute);
        const charge = signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}`, at }));
        const active = signed(subscriptionPayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, status: "active", type: "subscription.active", at }));
        await Promise.all([s.send(charge), s.send(active), s.send(charge), s.send(active)]);
        return { balance: await getBalance({ tenantId: s.tenant.id }), grants: (await s.allowances()).length };
      }),
    );
    expect(runs).toEqual(Array(6).fill({ balance: 20_000, grants: 1 }));
  });
});
