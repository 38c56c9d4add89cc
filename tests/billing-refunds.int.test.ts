import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { creditLedger } from "@/db/schema/credits";
import { deductCredits, getBalance } from "@/lib/credits";
import { systemContext } from "@/lib/tenants/context";
import { createTeam } from "@/seed/factories";
import { creditPaymentPayload, deliver, signed } from "./billing-helpers";

const paymentIdOf = (body: string) => (JSON.parse(body) as { data: { payment_id: string } }).data.payment_id;

function reversal(type: "refund.succeeded" | "dispute.opened", paymentId: string, extra: Record<string, unknown> = {}) {
  const data = type === "refund.succeeded" ? { refund_id: `rf_${crypto.randomUUID()}`, payment_id: paymentId, is_partial: false, ...extra } : { dispute_id: `dp_${crypto.randomUUID()}`, payment_id: paymentId, ...extra };
  return signed(JSON.stringify({ business_id: "bus_test", type, timestamp: new Date().toISOString(), data }));
}

async function answer(delivery: ReturnType<typeof signed>) {
  const res = await deliver(delivery);
  expect(res.status).toBe(200);
  return (await res.json()) as { status: string; outcome: string };
}

async function buyPack(label: string) {
  const { tenant } = await createTeam(label);
  const purchase = signed(creditPaymentPayload({ tenantId: tenant.id, pack: "small" })); // 1,000 credits for $10
  expect((await answer(purchase)).status).toBe("applied");
  expect(await getBalance({ tenantId: tenant.id })).toBe(1000);
  return { tenantId: tenant.id, paymentId: paymentIdOf(purchase.body) };
}

const clawbacks = (tenantId: string) => db.select().from(creditLedger).where(and(eq(creditLedger.tenantId, tenantId), eq(creditLedger.kind, "clawback")));

describe("refunds and disputes take back what a credit pack granted", () => {
  it("a refund claws back the pack, once however often it is delivered, with a ledger entry and an audit row", async () => {
    const { tenantId, paymentId } = await buyPack("refund");
    const refund = reversal("refund.succeeded", paymentId);
    expect(await answer(refund)).toMatchObject({ status: "applied", outcome: "applied: 1000 credits clawed back" });
    expect((await answer(refund)).status).toBe("duplicate");
    expect(await getBalance({ tenantId })).toBe(0);
    const entries = await clawbacks(tenantId);
    expect(entries.map((e) => [e.amount, e.balanceAfter])).toEqual([[-1000, 0]]);
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, tenantId), eq(auditLogs.action, "billing.credits_clawed_back")));
    expect(audit).toHaveLength(1);
  });

  it("stops at zero when the credits were already spent: the balance never goes negative", async () => {
    const { tenantId, paymentId } = await buyPack("spent");
    await deductCredits(systemContext(tenantId), { amount: 700, reason: "used", idempotencyKey: "spend-700" });
    expect(await answer(reversal("dispute.opened", paymentId))).toMatchObject({ outcome: "applied: 300 credits clawed back" });
    expect(await getBalance({ tenantId })).toBe(0);
  });

  it("a partial refund takes its share; a later dispute takes no more than the rest", async () => {
    const { tenantId, paymentId } = await buyPack("partial");
    expect(await answer(reversal("refund.succeeded", paymentId, { is_partial: true, amount: 250 }))).toMatchObject({ outcome: "applied: 250 credits clawed back" });
    expect(await getBalance({ tenantId })).toBe(750);
    expect(await answer(reversal("dispute.opened", paymentId))).toMatchObject({ outcome: "applied: 750 credits clawed back" });
    expect(await answer(reversal("refund.succeeded", paymentId))).toMatchObject({ outcome: "applied: 0 credits clawed back" });
    expect(await getBalance({ tenantId })).toBe(0);
    expect((await clawbacks(tenantId)).map((e) => e.amount)).toEqual([-250, -750, 0]);
  });

  it("ignores a refund of a payment it never saw", async () => {
    expect((await answer(reversal("refund.succeeded", "pay_unknown"))).outcome).toMatch(/^ignored: refund of an unknown payment/);
  });
});
