import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { creditBalances, creditGrants, creditLedger } from "@/db/schema/credits";
import { errors } from "@/lib/errors";
import { creditError } from "./catalog";
import { afterBalanceChange } from "./low-balance";
import { creditIds } from "./catalog";

export const creditSources = ["plan_allowance", "top_up", "promo", "referral", "manual"] as const;
export type CreditSource = (typeof creditSources)[number];

export type LedgerResult = { balance: number; duplicate: boolean; entryId: string };

/** Thrown inside a transaction to undo it when another writer already used the idempotency key. */
class DuplicateKey extends Error {}

async function ensureBalanceRow(tx: Executor, tenantId: string) {
  await tx.insert(creditBalances).values({ tenantId }).onConflictDoNothing();
}

async function existingEntry(tx: Executor, tenantId: string, idempotencyKey: string): Promise<LedgerResult | null> {
  const [row] = await tx
    .select({ id: creditLedger.id, balanceAfter: creditLedger.balanceAfter })
    .from(creditLedger)
    .where(and(eq(creditLedger.tenantId, tenantId), eq(creditLedger.idempotencyKey, idempotencyKey)));
  return row ? { balance: row.balanceAfter, duplicate: true, entryId: row.id } : null;
}

/**
 * Runs `write` in a transaction (a savepoint when `executor` is already one), so a duplicate key
 * undoes only this ledger write, never the caller's surrounding work; then answers with the
 * entry that won.
 */
async function idempotent(
  executor: Executor,
  tenantId: string,
  idempotencyKey: string,
  write: (tx: Executor) => Promise<LedgerResult>,
): Promise<LedgerResult> {
  try {
    return await executor.transaction(async (tx) => {
      await ensureBalanceRow(tx, tenantId);
      return (await existingEntry(tx, tenantId, idempotencyKey)) ?? (await write(tx));
    });
  } catch (error) {
    if (!(error instanceof DuplicateKey)) throw error;
    const winner = await existingEntry(executor, tenantId, idempotencyKey);
    if (!winner) throw new Error("credit ledger: duplicate key without an entry");
    return winner;
  }
}

async function insertEntry(
  tx: Executor,
  entry: { tenantId: string; kind: string; amount: number; balanceAfter: number; reason: string; idempotencyKey: string; source?: string; grantId?: string; actorId?: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(creditLedger)
    .values({ id: creditIds.newId("creditEntry"), ...entry, source: entry.source ?? null, grantId: entry.grantId ?? null, actorId: entry.actorId ?? null })
    .onConflictDoNothing({ target: [creditLedger.tenantId, creditLedger.idempotencyKey] })
    .returning({ id: creditLedger.id });
  if (!row) throw new DuplicateKey();
  return row.id;
}

/** Moves grants past their expiry to zero, with one `expire` entry each (keyed by grant). */
export async function expireDueGrants(tx: Executor, tenantId: string, now: Date): Promise<number> {
  const due = await tx
    .select({ id: creditGrants.id, remaining: creditGrants.remaining })
    .from(creditGrants)
    .where(and(eq(creditGrants.tenantId, tenantId), gt(creditGrants.remaining, 0), lte(creditGrants.expiresAt, now)))
    .for("update");
  let expired = 0;
  for (const grant of due) {
    await tx.update(creditGrants).set({ remaining: 0 }).where(eq(creditGrants.id, grant.id));
    const [balance] = await tx
      .update(creditBalances)
      .set({ balance: sql`${creditBalances.balance} - ${grant.remaining}` })
      .where(eq(creditBalances.tenantId, tenantId))
      .returning({ balance: creditBalances.balance });
    await tx
      .insert(creditLedger)
      .values({ id: creditIds.newId("creditEntry"), tenantId, kind: "expire", amount: -grant.remaining, balanceAfter: balance?.balance ?? 0, reason: "Credits expired", grantId: grant.id, idempotencyKey: `expire:${grant.id}` })
      .onConflictDoNothing();
    expired += grant.remaining;
  }
  return expired;
}

export type GrantInput = {
  tenantId: string;
  amount: number;
  source: CreditSource;
  reason: string;
  idempotencyKey: string;
  expiresAt?: Date | null;
  actorId?: string | null;
};

/** Adds credits. The same idempotency key twice grants once. */
export async function grantCredits(input: GrantInput, executor: Executor = db): Promise<LedgerResult> {
  if (!Number.isInteger(input.amount) || input.amount <= 0) throw errors.validation({ amount: "Must be a positive integer." }, "amount must be a positive integer.");
  return idempotent(executor, input.tenantId, input.idempotencyKey, async (tx) => {
    const grantId = creditIds.newId("creditGrant");
    await tx.insert(creditGrants).values({ id: grantId, tenantId: input.tenantId, source: input.source, amount: input.amount, remaining: input.amount, expiresAt: input.expiresAt ?? null });
    const [row] = await tx
      .update(creditBalances)
      .set({ balance: sql`${creditBalances.balance} + ${input.amount}` })
      .where(eq(creditBalances.tenantId, input.tenantId))
      .returning({ balance: creditBalances.balance });
    const balance = row?.balance ?? 0;
    const entryId = await insertEntry(tx, { tenantId: input.tenantId, kind: input.source === "manual" ? "adjust" : "grant", amount: input.amount, balanceAfter: balance, reason: input.reason, idempotencyKey: input.idempotencyKey, source: input.source, grantId, actorId: input.actorId });
    await afterBalanceChange(tx, input.tenantId, balance);
    return { balance, duplicate: false, entryId };
  });
}

export type DeductInput = { tenantId: string; amount: number; reason: string; idempotencyKey: string; actorId?: string | null; now?: Date };

/**
 * Spends credits: one conditional UPDATE (`balance >= amount`), so concurrent deductions can never
 * take the balance below zero; then the grants are drawn down soonest-expiring first, then oldest.
 * Throws 402 `insufficient_credits` when the balance is short. The same key twice deducts once.
 */
export async function deductFromBalance(input: DeductInput, executor: Executor = db): Promise<LedgerResult> {
  if (!Number.isInteger(input.amount) || input.amount <= 0) throw errors.validation({ amount: "Must be a positive integer." }, "amount must be a positive integer.");
  const now = input.now ?? new Date();
  return idempotent(executor, input.tenantId, input.idempotencyKey, async (tx) => {
    await expireDueGrants(tx, input.tenantId, now);
    const [row] = await tx
      .update(creditBalances)
      .set({ balance: sql`${creditBalances.balance} - ${input.amount}` })
      .where(and(eq(creditBalances.tenantId, input.tenantId), sql`${creditBalances.balance} >= ${input.amount}`))
      .returning({ balance: creditBalances.balance });
    if (!row) {
      // A concurrent call with this key may have spent the balance and committed meanwhile.
      if (await existingEntry(tx, input.tenantId, input.idempotencyKey)) throw new DuplicateKey();
      throw creditError("insufficient_credits", `Not enough credits: this needs ${input.amount}. Buy more on the billing page.`);
    }
    await drawDownGrants(tx, input.tenantId, input.amount, now);
    const entryId = await insertEntry(tx, { tenantId: input.tenantId, kind: "deduct", amount: -input.amount, balanceAfter: row.balance, reason: input.reason, idempotencyKey: input.idempotencyKey, actorId: input.actorId });
    await afterBalanceChange(tx, input.tenantId, row.balance);
    return { balance: row.balance, duplicate: false, entryId };
  });
}

async function drawDownGrants(tx: Executor, tenantId: string, amount: number, now: Date) {
  const grants = await tx
    .select({ id: creditGrants.id, remaining: creditGrants.remaining })
    .from(creditGrants)
    .where(and(eq(creditGrants.tenantId, tenantId), gt(creditGrants.remaining, 0), or(isNull(creditGrants.expiresAt), gt(creditGrants.expiresAt, now))))
    .orderBy(sql`${creditGrants.expiresAt} asc nulls last`, asc(creditGrants.id))
    .for("update");
  let left = amount;
  for (const grant of grants) {
    if (left === 0) break;
    const take = Math.min(left, grant.remaining);
    await tx.update(creditGrants).set({ remaining: grant.remaining - take }).where(eq(creditGrants.id, grant.id));
    left -= take;
  }
  // The balance said yes, so the grants must cover it; if not, the books disagree: stop here.
  if (left > 0) throw new Error(`credit ledger: balance and grants disagree for ${tenantId}`);
}

export type ClawbackInput = {
  tenantId: string;
  /** The idempotency key the grant was made with (e.g. `payment:<id>` for a bought pack). */
  grantKey: string;
  /** How much of the grant went back: 1 for a full refund, refunded ÷ paid for a partial one. */
  portion: number;
  reason: string;
  /** Keyed by what reversed it (`refund:<id>`, `dispute:<id>`): a redelivered reversal acts once. */
  idempotencyKey: string;
};

/**
 * Takes back what a grant gave when the money behind it went back (a refund, a dispute): its
 * portion of the grant, never more than the grant less what earlier reversals took, and never
 * more than the balance, so the balance ends at zero at worst and never below. The reversed grant
 * is emptied first, then the others, soonest-expiring first. One `clawback` entry (amount 0 when
 * nothing was left to take); `null` when the key names no grant (nothing was granted).
 */
export async function clawBackGrant(input: ClawbackInput, executor: Executor = db): Promise<(LedgerResult & { amount: number }) | null> {
  const [granted] = await executor
    .select({ grantId: creditLedger.grantId, amount: creditLedger.amount })
    .from(creditLedger)
    .where(and(eq(creditLedger.tenantId, input.tenantId), eq(creditLedger.idempotencyKey, input.grantKey)));
  if (!granted?.grantId) return null;
  const grantId = granted.grantId;
  const result = await idempotent(executor, input.tenantId, input.idempotencyKey, async (tx) => {
    const [current] = await tx.select({ balance: creditBalances.balance }).from(creditBalances).where(eq(creditBalances.tenantId, input.tenantId)).for("update");
    const [earlier] = await tx
      .select({ taken: sql<number>`coalesce(-sum(${creditLedger.amount}), 0)::int` })
      .from(creditLedger)
      .where(and(eq(creditLedger.tenantId, input.tenantId), eq(creditLedger.grantId, grantId), eq(creditLedger.kind, "clawback")));
    const owed = Math.min(Math.ceil(granted.amount * Math.min(Math.max(input.portion, 0), 1)), granted.amount - (earlier?.taken ?? 0));
    const taken = Math.max(0, Math.min(owed, current?.balance ?? 0));
    const balance = (current?.balance ?? 0) - taken;
    if (taken > 0) {
      await tx.update(creditBalances).set({ balance }).where(eq(creditBalances.tenantId, input.tenantId));
      const [grant] = await tx.select({ remaining: creditGrants.remaining }).from(creditGrants).where(eq(creditGrants.id, grantId)).for("update");
      const fromGrant = Math.min(taken, grant?.remaining ?? 0);
      if (fromGrant > 0) await tx.update(creditGrants).set({ remaining: sql`${creditGrants.remaining} - ${fromGrant}` }).where(eq(creditGrants.id, grantId));
      if (taken > fromGrant) await drawDownGrants(tx, input.tenantId, taken - fromGrant, new Date());
    }
    const entryId = await insertEntry(tx, { tenantId: input.tenantId, kind: "clawback", amount: taken === 0 ? 0 : -taken, balanceAfter: balance, reason: input.reason, idempotencyKey: input.idempotencyKey, grantId });
    await afterBalanceChange(tx, input.tenantId, balance);
    return { balance, duplicate: false, entryId };
  });
  const [entry] = await executor.select({ amount: creditLedger.amount }).from(creditLedger).where(eq(creditLedger.id, result.entryId));
  // A clawback entry's amount is ≤ 0; what was taken is its size (abs, so nothing taken is 0, not -0).
  return { ...result, amount: Math.abs(entry?.amount ?? 0) };
}
