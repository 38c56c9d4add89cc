import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
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
