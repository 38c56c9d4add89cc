import type { Interval } from "./plans";

/** `date` plus one billing interval, in UTC (Jan 31 + 1 month → Mar 3, as Date arithmetic does). */
export function addInterval(date: Date, interval: Interval): Date {
  const next = new Date(date);
  if (interval === "year") next.setUTCFullYear(next.getUTCFullYear() + 1);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}
