import { db, type Executor } from "@/db/client";
import { getEntitlements, type PlanPeriod } from "@/lib/plans";

/**
 * A usage period is the tenant's period (`entitlements.period`, lib/plans/period.ts): its billing
 * cycle, a month of it for a yearly plan, or the calendar month (UTC) without a subscription.
 * Quotas count in it and reset when it ends; its overage is billed when it closes.
 */
export type UsagePeriod = PlanPeriod;

/** The tenant's usage period at `at`. */
export async function usagePeriodOf(tenantId: string, at = new Date(), executor: Executor = db): Promise<UsagePeriod> {
  return (await getEntitlements(tenantId, executor, at)).period;
}

/** `YYYY-MM-DD` of a UTC date. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
