import type { TenantPlan } from "./store";

/** A span of time: `start` inclusive, `end` exclusive. */
export type PlanPeriod = { start: Date; end: Date };

/** The calendar month (UTC) containing `at`: the period of a tenant without a subscription. */
export function calendarMonth(at: Date): PlanPeriod {
  return {
    start: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
    end: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)),
  };
}

/** The tenant's current period at `at`: its paid period when billing set one covering `at`, else the calendar month. */
export function currentPeriod(tenantPlan: Pick<TenantPlan, "periodStart" | "periodEnd">, at: Date): PlanPeriod {
  const { periodStart: start, periodEnd: end } = tenantPlan;
  if (start && end && start <= at && at < end) return { start, end };
  return calendarMonth(at);
}
