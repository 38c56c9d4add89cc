import { payingStates } from "./states";
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

/** `date` plus `count` months, the day clamped to the month's last (Jan 31 → Feb 28 → Mar 31), as billing dates go. */
export function plusMonths(date: Date, count: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + count;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

/** The month of a cycle anchored at `anchor` that holds `at` (`at` ≥ `anchor`), ending at `cap` at the latest. */
function cycleMonth(anchor: Date, at: Date, cap?: Date): PlanPeriod {
  let months = Math.max(0, (at.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + at.getUTCMonth() - anchor.getUTCMonth() - 1);
  while (plusMonths(anchor, months + 1) <= at) months++;
  const end = plusMonths(anchor, months + 1);
  return { start: plusMonths(anchor, months), end: cap && cap < end ? cap : end };
}

/**
 * The tenant's period at `at`: what quotas count in and reset with, and what overage is billed by.
 * - Inside its paid period [periodStart, periodEnd): that period, or for a yearly plan the month
 *   of it holding `at` (quotas are monthly; a yearly plan's reset on its billing day each month).
 * - Past the paid end while still paying (the renewal's webhook is late, or dunning retries the
 *   charge): the months that follow it, as the provider will bill them.
 * - Past the paid end, no longer paying: the rest of the calendar month from where the paid period
 *   ended, so what the paid period counted is not counted against the free quota again.
 * - Else the calendar month (UTC).
 * Each period follows on from the one before, so they never overlap (see lib/usage/quota.ts).
 */
export function currentPeriod(tenantPlan: Pick<TenantPlan, "state" | "interval" | "periodStart" | "periodEnd">, at: Date): PlanPeriod {
  const { periodStart: start, periodEnd: end, interval } = tenantPlan;
  if (start && end && start <= at && at < end) return interval === "year" ? cycleMonth(start, at, end) : { start, end };
  if (end && end <= at) {
    if (payingStates.has(tenantPlan.state) && interval) return cycleMonth(end, at);
    const month = calendarMonth(at);
    if (end > month.start) return { start: end, end: month.end };
  }
  return calendarMonth(at);
}
