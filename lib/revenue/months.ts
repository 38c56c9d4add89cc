/** Calendar months in UTC: revenue's snapshots are taken at each month's end. */

/** "YYYY-MM" of the month containing `at`, in UTC. */
export function monthKey(at: Date): string {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The first instant of the month `offset` months after the one containing `at` (UTC). */
export function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

/**
 * The last `count` calendar months up to the one containing `now`, oldest first, each with the
 * instant its snapshot is taken at: the start of the next month (state just before it is the
 * month-end state), or just after `now` for the current month (a snapshot as of now).
 */
export function lastMonths(now: Date, count = 12): { month: string; start: Date; snapshot: Date }[] {
  const asOfNow = new Date(now.getTime() + 1);
  return Array.from({ length: count }, (_, i) => {
    const start = monthStart(now, i - count + 1);
    const next = monthStart(now, i - count + 2);
    return { month: monthKey(start), start, snapshot: next.getTime() > now.getTime() ? asOfNow : next };
  });
}
