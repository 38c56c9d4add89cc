import { asc, eq, sum } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { creditBalances, creditGrants, creditLedger } from "@/db/schema/credits";
import { clawBackGrant, deductFromBalance, grantCredits } from "@/lib/credits/ledger";
import { DomainError } from "@/lib/errors";
import { createTeam } from "@/seed/factories";

/**
 * The ledger against a model written from its documented rules, over random sequences of grants,
 * spends, expiries, refunds and retried keys. After every step the database must agree with the
 * model to the credit, and the books must balance: balance = Σ ledger = Σ grants' remaining ≥ 0.
 *
 * Model time starts a year ahead, so no grant has expired by the wall clock (a clawback draws
 * down by the wall clock; a spend by the `now` it is given).
 */
type Grant = { key: string; amount: number; remaining: number; expiresAt: number | null };
type Model = { balance: number; grants: Grant[]; clawedBack: Map<string, number>; at: number };

const minute = 60_000;

const command = fc.oneof(
  fc.record({ op: fc.constant("grant" as const), amount: fc.integer({ min: 1, max: 50 }), expiresIn: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }) }),
  fc.record({ op: fc.constant("deduct" as const), amount: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant("advance" as const), minutes: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant("clawback" as const), grant: fc.nat(), portion: fc.constantFrom(0.25, 0.5, 1) }),
  fc.record({ op: fc.constant("retry" as const) }),
);

/** Grants with credits left, in spending order: soonest expiry first (none last), then oldest. */
function spendingOrder(grants: Grant[]): Grant[] {
  return grants.filter((g) => g.remaining > 0).sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity));
}

function drawDown(model: Model, amount: number, live: (g: Grant) => boolean) {
  let left = amount;
  for (const grant of spendingOrder(model.grants).filter(live)) {
    const take = Math.min(left, grant.remaining);
    grant.remaining -= take;
    left -= take;
  }
  expect(left, "the model's grants cover its balance").toBe(0);
}

async function actual(tenantId: string) {
  const [balance] = await db.select({ balance: creditBalances.balance }).from(creditBalances).where(eq(creditBalances.tenantId, tenantId));
  const [ledger] = await db.select({ total: sum(creditLedger.amount) }).from(creditLedger).where(eq(creditLedger.tenantId, tenantId));
  const grants = await db.select({ remaining: creditGrants.remaining }).from(creditGrants).where(eq(creditGrants.tenantId, tenantId)).orderBy(asc(creditGrants.id));
  return { balance: balance?.balance ?? 0, ledger: Number(ledger?.total ?? 0), remaining: grants.map((g) => g.remaining) };
}

describe("credits ledger against its model", () => {
  it("agrees with the model after every step of random histories, and the books always balance", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const { tenant } = await createTeam(`ledger-model-${run++}`);
        const tenantId = tenant.id;
        const model: Model = { balance: 0, grants: [], clawedBack: new Map(), at: Date.now() + 365 * 24 * 60 * minute };
        let last: (() => Promise<{ duplicate: boolean } | null>) | null = null;
        let step = 0;

        for (const c of commands) {
          step++;
          if (c.op === "grant") {
            const key = `grant-${step}`;
            const expiresAt = c.expiresIn === null ? null : model.at + c.expiresIn * minute;
            const call = () => grantCredits({ tenantId, amount: c.amount, source: "promo", reason: "model", idempotencyKey: key, expiresAt: expiresAt === null ? null : new Date(expiresAt) });
            const result = await call();
            model.grants.push({ key, amount: c.amount, remaining: c.amount, expiresAt });
            model.balance += c.amount;
            expect(result).toMatchObject({ balance: model.balance, duplicate: false });
            last = call;
          } else if (c.op === "deduct") {
            const key = `deduct-${step}`;
            const now = model.at;
            const call = () => deductFromBalance({ tenantId, amount: c.amount, reason: "model", idempotencyKey: key, now: new Date(now) });
            const expired = model.grants.filter((g) => g.remaining > 0 && g.expiresAt !== null && g.expiresAt <= now);
            const afterExpiry = model.balance - expired.reduce((total, g) => total + g.remaining, 0);
            if (afterExpiry >= c.amount) {
              for (const grant of expired) grant.remaining = 0;
              model.balance = afterExpiry - c.amount;
              drawDown(model, c.amount, (g) => g.expiresAt === null || g.expiresAt > now);
              expect(await call()).toMatchObject({ balance: model.balance, duplicate: false });
              last = call;
            } else {
              // Refused whole: the expiry it found rolls back with it.
              const error = await call().catch((thrown: unknown) => thrown);
              expect(error).toBeInstanceOf(DomainError);
              expect((error as DomainError).code).toBe("insufficient_credits");
            }
          } else if (c.op === "advance") {
            model.at += c.minutes * minute;
          } else if (c.op === "clawback" && model.grants.length > 0) {
            const grant = model.grants[c.grant % model.grants.length]!;
            const earlier = model.clawedBack.get(grant.key) ?? 0;
            const owed = Math.min(Math.ceil(grant.amount * c.portion), grant.amount - earlier);
            const taken = Math.max(0, Math.min(owed, model.balance));
            model.balance -= taken;
            model.clawedBack.set(grant.key, earlier + taken);
            const fromGrant = Math.min(taken, grant.remaining);
            grant.remaining -= fromGrant;
            drawDown(model, taken - fromGrant, () => true);
            const key = `clawback-${step}`;
            const call = () => clawBackGrant({ tenantId, grantKey: grant.key, portion: c.portion, reason: "model", idempotencyKey: key });
            expect(await call()).toMatchObject({ balance: model.balance, duplicate: false, amount: taken });
            last = call;
          } else if (c.op === "retry" && last) {
            // The same key again: answered as a duplicate, and nothing moves.
            expect(await last()).toMatchObject({ duplicate: true });
          }

          const books = await actual(tenantId);
          expect(books, `after step ${step}: ${JSON.stringify(c)}`).toEqual({ balance: model.balance, ledger: model.balance, remaining: model.grants.map((g) => g.remaining) });
          expect(books.balance).toBeGreaterThanOrEqual(0);
        }
      }),
      // KEEL_PROPERTY_RUNS lowers it where every run repeats many times (mutation testing).
      { numRuns: Number(process.env.KEEL_PROPERTY_RUNS ?? 25) },
    );
  });
});
