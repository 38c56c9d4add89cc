import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingAccounts } from "@/db/schema/billing";
import { readTenantPlan, writeTenantPlan, type Interval, type PlanState } from "@/lib/plans";

/** What billing knows of a tenant: core's plan and standing, and its own trial and dunning dates. */
export type BillingAccount = {
  tenantId: string;
  state: PlanState;
  plan: string;
  /** The subscription's interval; null without one (free, trial, a complimentary plan). */
  interval: Interval | null;
  /** The paid period, [start, end): what quota periods follow (lib/plans/period.ts). */
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  trialEndsAt: Date | null;
  graceUntil: Date | null;
  pastDueSince: Date | null;
};

export type BillingAccountPatch = Partial<Omit<BillingAccount, "tenantId">>;

/**
 * Reads a tenant's billing account. `lock` locks the tenant's plan row first, so concurrent
 * webhooks and clock runs for one tenant apply one after the other.
 */
export async function readBillingAccount(executor: Executor, tenantId: string, opts: { lock?: boolean } = {}): Promise<BillingAccount> {
  const tenantPlan = await readTenantPlan(executor, tenantId, opts);
  const [own] = await executor.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId));
  return {
    tenantId,
    state: tenantPlan.state,
    plan: tenantPlan.plan,
    interval: tenantPlan.interval,
    currentPeriodStart: tenantPlan.periodStart,
    currentPeriodEnd: tenantPlan.periodEnd,
    trialEndsAt: own?.trialEndsAt ?? null,
    graceUntil: own?.graceUntil ?? null,
    pastDueSince: own?.pastDueSince ?? null,
  };
}

/**
 * Where the paid period ending at `end` started. Quota periods follow it, so it must not move
 * within a period: the provider's own start when it said (Dodo's `previous_billing_date`); else
 * the start already stored when the end is unchanged (a plan change, a retried charge); else the
 * old end when the new period follows it (a renewal: the cycle goes on without a gap or an
 * overlap); else `at`, when the subscription began.
 */
export function paidPeriodStart(stored: { periodStart: Date | null; periodEnd: Date | null }, end: Date | null, providerStart: Date | null | undefined, at: Date): Date | null {
  if (!end) return null;
  if (providerStart && providerStart < end) return providerStart;
  const storedEnd = stored.periodEnd?.getTime();
  if (storedEnd === end.getTime()) return stored.periodStart ?? at;
  if (storedEnd !== undefined && storedEnd <= at.getTime() && storedEnd < end.getTime()) return stored.periodEnd;
  return at;
}

/**
 * Writes the parts that changed: plan, interval, state and period to core's tenant_plans (the
 * period's start by paidPeriodStart), trial and dunning dates to billing_accounts.
 */
export async function writeBillingAccount(tx: Executor, tenantId: string, patch: BillingAccountPatch, at: Date): Promise<void> {
  const { state, plan, interval, currentPeriodStart, currentPeriodEnd, trialEndsAt, graceUntil, pastDueSince } = patch;
  const period =
    currentPeriodEnd !== undefined ? { periodEnd: currentPeriodEnd, periodStart: paidPeriodStart(await readTenantPlan(tx, tenantId), currentPeriodEnd, currentPeriodStart, at) } : {};
  const core = {
    ...(state !== undefined ? { state } : {}),
    ...(plan !== undefined ? { plan } : {}),
    ...(interval !== undefined ? { interval } : {}),
    ...period,
  };
  if (Object.keys(core).length > 0) await writeTenantPlan(tx, tenantId, core);
  const own = {
    ...(trialEndsAt !== undefined ? { trialEndsAt } : {}),
    ...(graceUntil !== undefined ? { graceUntil } : {}),
    ...(pastDueSince !== undefined ? { pastDueSince } : {}),
  };
  if (Object.keys(own).length > 0) {
    await tx
      .insert(billingAccounts)
      .values({ tenantId, ...own })
      .onConflictDoUpdate({ target: billingAccounts.tenantId, set: { ...own, updatedAt: sql`now()` } });
  }
}
