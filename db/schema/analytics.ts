import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";

/**
 * What the first-party tracker (`/t.js`) collected, one row per pageview or custom event. No
 * personal data: `visitor` is a hash of a salt that rotates daily, the IP address, the user agent
 * and the site (lib/analytics/visitor.ts); the salt is deleted after two days, so yesterday's
 * hashes cannot be recomputed, and the same person counts as a new visitor every day. The path is
 * kept without its query string; the referrer as its host only.
 */
export const analyticsEvents = pgTable(
  "analytics_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The UTC day it arrived on: rollups and retention work by day. */
    day: date({ mode: "string" }).notNull(),
    occurredAt: timestamptz().notNull().defaultNow(),
    visitor: text().notNull(),
    /** `pageview`, or a custom event's name (`keel('event', 'signup_click')`). */
    name: text().notNull(),
    path: text().notNull(),
    /** The session's source: `utm_source`, else the referrer's host, else null (direct). */
    source: text(),
    utmMedium: text(),
    utmCampaign: text(),
    /** ISO 3166 alpha-2, from a proxy's GeoIP header or the Accept-Language region; null when unknown. */
    country: text(),
    device: text({ enum: ["mobile", "tablet", "desktop"] }).notNull(),
    screenWidth: smallint(),
    /** A custom event's properties (at most 10 short values); `{}` for pageviews. */
    props: jsonb().$type<Record<string, string | number | boolean>>().notNull().default({}),
  },
  (t) => [index("analytics_events_day_visitor_idx").on(t.day, t.visitor, t.occurredAt), index("analytics_events_name_idx").on(t.name, t.day)],
);

/**
 * Daily rollups: one row per day, dimension and value (`total` / `''`, `page` / `/pricing`,
 * `source` / `news.ycombinator.com`, …). Written once a day is over (lib/analytics/rollup.ts), so
 * the dashboard over a year reads a few thousand rows instead of millions. Kept after the raw
 * rows are deleted.
 */
export const analyticsDaily = pgTable(
  "analytics_daily",
  {
    day: date({ mode: "string" }).notNull(),
    dimension: text({ enum: ["total", "page", "source", "campaign", "country", "device"] }).notNull(),
    value: text().notNull(),
    /** Distinct visitors that day (visitors of a range are the sum of its days: the hash changes daily). */
    visitors: integer().notNull(),
    pageviews: integer().notNull(),
    /** Visits: a visitor's pageviews with no gap over 30 minutes. For `page`, the visits that entered there. */
    sessions: integer().notNull(),
    /** Visits of one pageview. */
    bounces: integer().notNull(),
    /** Summed visit durations (first to last pageview), in seconds. */
    durationSeconds: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.dimension, t.value] })],
);

/** The days whose rollups are written; a day in range without a row here is counted from raw rows. */
export const analyticsRolledDays = pgTable("analytics_rolled_days", {
  day: date({ mode: "string" }).primaryKey(),
  rolledAt: createdAt(),
});

/** One random salt per UTC day, for the visitor hash; deleted after two days. */
export const analyticsSalts = pgTable("analytics_salts", {
  day: date({ mode: "string" }).primaryKey(),
  salt: text().notNull(),
  createdAt: timestamptz().notNull().default(sql`now()`),
});
