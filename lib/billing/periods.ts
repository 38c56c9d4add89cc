import { plusMonths } from "@/lib/plans";
import type { Interval } from "./plans";

/**
 * `date` plus one billing interval, in UTC, the day clamped to the month's last (Jan 31 + 1 month →
 * Feb 28): core's plusMonths, which quota periods roll forward by, so the simulator's next billing
 * date and a late renewal's guessed period agree.
 */
export function addInterval(date: Date, interval: Interval): Date {
  return plusMonths(date, interval === "year" ? 12 : 1);
}
