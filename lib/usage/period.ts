import { calendarMonth, type PlanPeriod } from "@/lib/plans/period";

/**
 * Quota periods are core's calendar months (lib/plans/period.ts), for every tenant: counters
 * reset at 00:00 UTC on the first whatever the billing date, so "used this month" means the same
 * thing everywhere and one job closes every tenant's overage at once. A tenant's paid period
 * (`entitlements.period`) decides its plan; it does not move its quota's reset.
 */
export type UsagePeriod = PlanPeriod;

export function usagePeriod(at: Date): UsagePeriod {
  return calendarMonth(at);
}

/** The period before the one containing `at`. */
export function previousUsagePeriod(at: Date): UsagePeriod {
  return usagePeriod(new Date(usagePeriod(at).start.getTime() - 1));
}

/** `YYYY-MM-DD` of a UTC date. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
