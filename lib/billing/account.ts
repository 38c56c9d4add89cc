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
    currentPeriodEnd: tenantPlan.periodEnd,
    trialEndsAt: own?.trialEndsAt ?? null,
    graceUntil: own?.graceUntil ?? null,
    pastDueSince: own?.pastDueSince ?? null,
  };
}

/**
 * Writes the parts that changed: plan, interval, state and period to core's tenant_plans (a new period end
 * starts the period at `at`), trial and dunning dates to billing_accounts.
 */
export async function writeBillingAccount(tx: Executor, tenantId: string, patch: BillingAccountPatch, at: Date): Promise<void> {
  const { state, plan, interval, currentPeriodEnd, trialEndsAt, graceUntil, pastDueSince } = patch;
  const core = {
    ...(state !== undefined ? { state } : {}),
    ...(plan !== undefined ? { plan } : {}),
    ...(interval !== undefined ? { interval } : {}),
    ...(currentPeriodEnd !== undefined ? { periodEnd: currentPeriodEnd, periodStart: currentPeriodEnd ? at : null } : {}),
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
