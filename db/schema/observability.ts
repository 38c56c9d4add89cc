import { index, integer, jsonb, pgTable, real, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/**
 * Unexpected errors, grouped, when no SENTRY_DSN is set (lib/observability/error-store.ts). One
 * row per fingerprint: the same bug seen a thousand times is one row with count 1000, its first
 * and last sighting and the latest sample, so the table grows with distinct bugs, not traffic.
 */
export const errorGroups = pgTable(
  "error_groups",
  {
    fingerprint: text().primaryKey(),
    name: text().notNull(),
    /** The latest message, as thrown (ids and numbers included). */
    message: text().notNull(),
    count: integer().notNull().default(1),
    firstSeen: timestamptz().notNull().defaultNow(),
    lastSeen: timestamptz().notNull().defaultNow(),
    /** The latest occurrence's stack, cut to 8 KB. */
    sampleStack: text(),
    /** The latest occurrence's context: request id, method, path, or the job/listener it came from. */
    sampleContext: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("error_groups_last_seen_idx").on(t.lastSeen)],
);

/**
 * Unexpected errors per five minutes, whichever way they were reported (local store or Sentry):
 * what the error-rate alert reads (lib/observability/alerts.ts). Rows older than a day are deleted.
 */
export const errorCounts = pgTable("error_counts", {
  bucket: timestamptz().primaryKey(),
  count: integer().notNull().default(1),
});

/**
 * When each alert last emailed the platform admins. Claimed with one conditional upsert, so two
 * processes evaluating at once send one email, and an alert sends at most one an hour.
 */
export const alertDeliveries = pgTable("alert_deliveries", {
  alert: text().primaryKey(),
  lastSentAt: timestamptz().notNull(),
  /** The figure that crossed the threshold, as sent. */
  lastValue: real().notNull(),
});
