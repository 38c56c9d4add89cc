/**
 * Quota periods are calendar months in UTC: every tenant's counters reset at 00:00 UTC on the
 * first, whatever its billing date, so "used this month" means the same thing everywhere.
 */
export type UsagePeriod = { start: Date; end: Date };

export function usagePeriod(at: Date): UsagePeriod {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end };
}

/** The period before the one containing `at`. */
export function previousUsagePeriod(at: Date): UsagePeriod {
  return usagePeriod(new Date(usagePeriod(at).start.getTime() - 1));
}

/** `YYYY-MM-DD` of a UTC date. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
