import { and, desc, eq, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { creditBalances, creditLedger } from "@/db/schema/credits";
import { tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import type { TenantContext, UserContext } from "@/lib/tenants/context";
import { deductFromBalance, grantCredits, type LedgerResult } from "./ledger";
import { creditsEnv } from "@/lib/credits/env";

export { grantCredits, clawBackGrant, expireDueGrants, creditSources, type CreditSource, type LedgerResult } from "./ledger";

/**
 * Spends `amount` credits for the tenant in `ctx`. Safe to retry with the same idempotency key
 * (the second call returns the first result). Throws 402 `insufficient_credits` when short.
 */
export function deductCredits(
  ctx: Pick<TenantContext, "tenantId" | "userId">,
  input: { amount: number; reason: string; idempotencyKey: string },
): Promise<LedgerResult> {
  return deductFromBalance({ tenantId: ctx.tenantId, actorId: ctx.userId, ...input });
}

/** The tenant's current balance. */
export async function getBalance(ctx: Pick<TenantContext, "tenantId">): Promise<number> {
  const [row] = await db.select({ balance: creditBalances.balance }).from(creditBalances).where(eq(creditBalances.tenantId, ctx.tenantId));
  return row?.balance ?? 0;
}

/** `GET /billing/credits`: the balance, whether it is low, and the ledger newest first. */
export async function listCredits(ctx: Pick<TenantContext, "tenantId">, params: PageParams) {
  const rows = await db
    .select({
      id: creditLedger.id,
      kind: creditLedger.kind,
      amount: creditLedger.amount,
      balanceAfter: creditLedger.balanceAfter,
      reason: creditLedger.reason,
      source: creditLedger.source,
      createdAt: creditLedger.createdAt,
    })
    .from(creditLedger)
    .where(and(eq(creditLedger.tenantId, ctx.tenantId), params.cursor ? lt(creditLedger.id, params.cursor) : undefined))
    .orderBy(desc(creditLedger.id))
    .limit(params.limit + 1);
  const balance = await getBalance(ctx);
  return { balance, lowBalance: balance < creditsEnv.CREDITS_LOW_BALANCE_THRESHOLD, ...page(rows, params.limit) };
}

/** A platform admin's manual correction: positive grants, negative deducts; audited. */
export async function adjustCredits(
  admin: Pick<UserContext, "userId" | "ipAddress" | "userAgent">,
  input: { tenantId: string; amount: number; reason: string; idempotencyKey: string },
): Promise<LedgerResult> {
  return db.transaction(async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, input.tenantId));
    if (!tenant) throw errors.notFound("Tenant");
    const result =
      input.amount > 0
        ? await grantCredits({ tenantId: input.tenantId, amount: input.amount, source: "manual", reason: input.reason, idempotencyKey: input.idempotencyKey, actorId: admin.userId }, tx)
        : await deductFromBalance({ tenantId: input.tenantId, amount: -input.amount, reason: input.reason, idempotencyKey: input.idempotencyKey, actorId: admin.userId }, tx);
    if (!result.duplicate) {
      await recordAudit(tx, {
        action: "credits.adjusted",
        tenantId: input.tenantId,
        actorId: admin.userId,
        targetType: "credit_entry",
        targetId: result.entryId,
        data: { amount: input.amount, reason: input.reason },
        ipAddress: admin.ipAddress,
        userAgent: admin.userAgent,
      });
    }
    return result;
  });
}
