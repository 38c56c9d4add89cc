import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { tenants } from "./tenants";

/**
 * One row per tenant: the balance, kept equal to the sum of the ledger and of the grants'
 * remaining amounts. Deductions are one conditional UPDATE on it; the CHECK is the last line.
 */
export const creditBalances = pgTable(
  "credit_balances",
  {
    tenantId: text()
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    balance: bigint({ mode: "number" }).notNull().default(0),
    /** Set when the balance fell below the low-balance threshold; cleared when it rises again. */
    lowBalanceWarned: boolean().notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [check("credit_balances_non_negative", sql`${t.balance} >= 0`)],
);

/** Credits granted, and how much of each is left; consumed soonest-expiring first, then oldest. */
export const creditGrants = pgTable(
  "credit_grants",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** plan_allowance | top_up | promo | referral | manual */
    source: text().notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    remaining: bigint({ mode: "number" }).notNull(),
    expiresAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index("credit_grants_consume_idx").on(t.tenantId, t.expiresAt, t.id),
    check("credit_grants_remaining_range", sql`${t.remaining} >= 0 and ${t.remaining} <= ${t.amount}`),
    check("credit_grants_amount_positive", sql`${t.amount} > 0`),
  ],
);

/** Every change to a balance, signed. UNIQUE(tenant, idempotency key): a retry writes nothing. */
export const creditLedger = pgTable(
  "credit_ledger",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** grant | deduct | expire | adjust | clawback */
    kind: text().notNull(),
    /** Positive for grants, negative for deductions and expiries. */
    amount: bigint({ mode: "number" }).notNull(),
    balanceAfter: bigint({ mode: "number" }).notNull(),
    reason: text().notNull(),
    source: text(),
    grantId: text(),
    idempotencyKey: text().notNull(),
    actorId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("credit_ledger_idempotency_key").on(t.tenantId, t.idempotencyKey),
    index("credit_ledger_tenant_idx").on(t.tenantId, t.id),
  ],
);
