import { eq, sum } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { creditGrants, creditLedger } from "@/db/schema/credits";
import { deductCredits, getBalance, grantCredits } from "@/lib/credits";
import { DomainError } from "@/lib/errors";
import { createTeam } from "@/seed/factories";

async function books(tenantId: string) {
  const [ledger] = await db.select({ total: sum(creditLedger.amount) }).from(creditLedger).where(eq(creditLedger.tenantId, tenantId));
  const [grants] = await db.select({ total: sum(creditGrants.remaining) }).from(creditGrants).where(eq(creditGrants.tenantId, tenantId));
  return { balance: await getBalance({ tenantId }), ledger: Number(ledger?.total ?? 0), grants: Number(grants?.total ?? 0) };
}

describe("credits ledger", () => {
  it("lets exactly 10 of 100 concurrent 1-credit deductions through a balance of 10", async () => {
    const { tenant } = await createTeam("credits-race");
    await grantCredits({ tenantId: tenant.id, amount: 10, source: "top_up", reason: "test", idempotencyKey: "seed" });
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => deductCredits({ tenantId: tenant.id, userId: null }, { amount: 1, reason: "race", idempotencyKey: `race-${i}` })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(DomainError);
      expect((r.reason as DomainError).kind).toBe("payment_required");
      expect((r.reason as DomainError).code).toBe("insufficient_credits");
    }
    expect(await books(tenant.id)).toEqual({ balance: 0, ledger: 0, grants: 0 });
  });

  it("writes one ledger row for one idempotency key used 20 times at once", async () => {
    const { tenant } = await createTeam("credits-key");
    await grantCredits({ tenantId: tenant.id, amount: 100, source: "promo", reason: "test", idempotencyKey: "seed" });
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => deductCredits({ tenantId: tenant.id, userId: null }, { amount: 7, reason: "once", idempotencyKey: "same-key" })),
    );
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const rows = await db.select().from(creditLedger).where(eq(creditLedger.idempotencyKey, "same-key"));
    expect(rows.filter((r) => r.tenantId === tenant.id)).toHaveLength(1);
    expect(await books(tenant.id)).toEqual({ balance: 93, ledger: 93, grants: 93 });

    const grants = await Promise.all(
      Array.from({ length: 20 }, () => grantCredits({ tenantId: tenant.id, amount: 50, source: "top_up", reason: "pack", idempotencyKey: "pay_1" })),
    );
    expect(grants.filter((g) => !g.duplicate)).toHaveLength(1);
    expect((await books(tenant.id)).balance).toBe(143);
  });

  it("spends the soonest-expiring grant first, then the oldest, and expires what is left", async () => {
    const { tenant } = await createTeam("credits-order");
    const day = 86_400_000;
    const now = Date.now();
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "top_up", reason: "no expiry", idempotencyKey: "a" });
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "promo", reason: "late", idempotencyKey: "b", expiresAt: new Date(now + 30 * day) });
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "promo", reason: "soon", idempotencyKey: "c", expiresAt: new Date(now + 2 * day) });
    await deductCredits({ tenantId: tenant.id, userId: null }, { amount: 7, reason: "use", idempotencyKey: "d1" });
    const remaining = await db.select({ source: creditGrants.source, expiresAt: creditGrants.expiresAt, remaining: creditGrants.remaining }).from(creditGrants).where(eq(creditGrants.tenantId, tenant.id));
    const byExpiry = (ms: number | null) => remaining.find((g) => (g.expiresAt?.getTime() ?? null) === (ms === null ? null : ms))?.remaining;
    expect(byExpiry(now + 2 * day)).toBe(0);
    expect(byExpiry(now + 30 * day)).toBe(3);
    expect(byExpiry(null)).toBe(5);

    // 31 days later the late promo has expired: only the 5 that never expire can be spent.
    const { deductFromBalance } = await import("@/lib/credits/ledger");
    await expect(deductFromBalance({ tenantId: tenant.id, amount: 6, reason: "too much", idempotencyKey: "d2", now: new Date(now + 31 * day) })).rejects.toMatchObject({ code: "insufficient_credits" });
    // The refused deduction rolled back with everything it did; the expiry job makes it stick.
    expect(await books(tenant.id)).toEqual({ balance: 8, ledger: 8, grants: 8 });
    const { expireAllDueCredits } = await import("@/lib/credits/expire-job");
    await expireAllDueCredits(new Date(now + 31 * day));
    expect(await books(tenant.id)).toEqual({ balance: 5, ledger: 5, grants: 5 });
  });

  it("refuses zero, negative and fractional amounts with 422", async () => {
    const { tenant } = await createTeam("credits-bad");
    for (const amount of [0, -3, 1.5]) {
      await expect(deductCredits({ tenantId: tenant.id, userId: null }, { amount, reason: "x", idempotencyKey: `bad-${amount}` })).rejects.toMatchObject({ code: "validation_failed" });
    }
  });
});
