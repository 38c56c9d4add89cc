import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { creditIds } from "./catalog";
import { creditsEnv } from "./env";
import { afterBalanceChange } from "./low-balance";

export type SpendInput = {
  tenantId: string;
  amount: number;
  reason: string;
  idempotencyKey: string;
  now?: Date;
};

/** What the spend expression evaluates to once its statement committed. */
export type SpentCredits = { balance: number; lowBalanceDue: boolean };

/**
 * `deductFromBalance`'s common case as one SQL expression (`keel_credits_spend`, migration 0029),
 * for a caller that meters a call in a single statement. It raises SQLSTATE KS001 (and the whole
 * statement rolls back) whenever the general path has more to do: credits short, grants due to
 * expire, the key already spent. Evaluates to `{ balance, lowBalanceDue }`.
 */
export function spendExpression(input: SpendInput): SQL {
  const now = (input.now ?? new Date()).toISOString();
  return sql`keel_credits_spend(${input.tenantId}::text, ${input.amount}::bigint, ${input.reason}::text, ${input.idempotencyKey}::text, ${creditIds.newId("creditEntry")}::text, ${now}::timestamptz, ${creditsEnv.CREDITS_LOW_BALANCE_THRESHOLD}::bigint)`;
}

/**
 * After a spend expression committed: the low-balance warning, when it said one is due. Its own
 * transaction; afterBalanceChange flips the flag conditionally, so two calls that both saw it due
 * warn once, and a warning lost to a crash here is still due on the next spend.
 */
export async function settleSpend(tenantId: string, spent: SpentCredits): Promise<void> {
  if (!spent.lowBalanceDue) return;
  await db.transaction((tx) => afterBalanceChange(tx, tenantId, spent.balance));
}
