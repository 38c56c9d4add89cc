import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { tenants } from "./tenants";

// Usage metering: raw events, their hourly/daily roll-ups, quota counters, alert notices,
// overage fees, and the API request log.

/**
 * One row per metered thing that happened. UNIQUE(tenant, idempotency key): a retried batch
 * inserts nothing twice. `receivedAt` (not the event's own timestamp, which may be late) is what
 * the roll-up watermark compares against.
 */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meter: text().notNull(),
    quantity: integer().notNull(),
    timestamp: timestamptz().notNull(),
    apiKeyId: text(),
    /** Free-form; `environment: "test"` marks usage that quotas and billing ignore. */
    properties: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    idempotencyKey: text().notNull(),
    receivedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("usage_events_idempotency_key").on(t.tenantId, t.idempotencyKey),
    index("usage_events_tenant_meter_time_idx").on(t.tenantId, t.meter, t.timestamp),
    index("usage_events_tenant_received_idx").on(t.tenantId, t.receivedAt),
    check("usage_events_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/** Sums of live (non-test) events per meter and hour or day bucket, recomputed from raw events. */
export const usageAggregates = pgTable(
  "usage_aggregates",
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meter: text().notNull(),
    /** hour | day */
    granularity: text().notNull(),
    bucketStart: timestamptz().notNull(),
    quantity: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "usage_aggregates_bucket_key", columns: [t.tenantId, t.meter, t.granularity, t.bucketStart] })],
);

/** Per tenant: every event received at or before `watermark` is in the aggregates. */
export const usageRollups = pgTable("usage_rollups", {
  tenantId: text()
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  watermark: timestamptz().notNull(),
  updatedAt: createdAt(),
});

/**
 * Live usage per tenant, meter and quota period: what enforcement reads and bumps. A hard quota
 * is one conditional UPDATE (`used + n <= limit`), so concurrent calls never pass the limit.
 */
export const usageCounters = pgTable(
  "usage_counters",
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meter: text().notNull(),
    /** The tenant's period [start, end) (lib/plans/period.ts). A tenant's counters for one meter never overlap. */
    periodStart: timestamptz().notNull(),
    periodEnd: timestamptz().notNull(),
    used: bigint({ mode: "number" }).notNull().default(0),
    /** When the close job billed its overage (lib/usage/overage.ts); null while open or unclosed. */
    closedAt: timestamptz(),
  },
  (t) => [
    primaryKey({ name: "usage_counters_period_key", columns: [t.tenantId, t.meter, t.periodStart] }),
    index("usage_counters_to_close_idx").on(t.periodEnd).where(sql`${t.closedAt} is null`),
  ],
);

/** One row per quota alert sent: the unique key makes each threshold fire once per period. */
export const usageAlertNotices = pgTable(
  "usage_alert_notices",
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meter: text().notNull(),
    periodStart: timestamptz().notNull(),
    /** Percent of the limit: 80 | 100 */
    threshold: integer().notNull(),
    used: bigint({ mode: "number" }).notNull(),
    limit: bigint({ mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: "usage_alert_notices_key", columns: [t.tenantId, t.meter, t.periodStart, t.threshold] })],
);

/** Overage billed at period close, one row per tenant, meter and period. */
export const usageOverageFees = pgTable(
  "usage_overage_fees",
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meter: text().notNull(),
    periodStart: timestamptz().notNull(),
    periodEnd: timestamptz().notNull(),
    plan: text().notNull(),
    used: bigint({ mode: "number" }).notNull(),
    included: bigint({ mode: "number" }).notNull(),
    overage: bigint({ mode: "number" }).notNull(),
    /** In cents. */
    amount: bigint({ mode: "number" }).notNull(),
    currency: text().notNull(),
    /** The payment provider's idempotency key for this fee (billing reports it on `usage.overage_recorded`). */
    reportEventId: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: "usage_overage_fees_period_key", columns: [t.tenantId, t.meter, t.periodStart] })],
);

/** The request log of metered API endpoints; the id is the request id. */
export const apiRequests = pgTable(
  "api_requests",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    apiKeyId: text(),
    method: text().notNull(),
    endpoint: text().notNull(),
    status: integer().notNull(),
    latencyMs: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("api_requests_tenant_idx").on(t.tenantId, t.id)],
);
