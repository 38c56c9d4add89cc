import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { tenants } from "./tenants";

// Billing: the webhook inbox, subscriptions, invoices, checkouts, state history, dunning notices.
// A tenant's plan, state and paid period live in core's tenant_plans (db/schema/plans.ts), which
// billing writes; billing's own dates are in billing_accounts below.

/**
 * Billing's own part of a tenant's standing: the trial's end and the dunning episode. The plan,
 * the state and the paid period are core's (tenant_plans, lib/plans), which billing writes too.
 */
export const billingAccounts = pgTable("billing_accounts", {
  tenantId: text()
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  trialEndsAt: timestamptz(),
  graceUntil: timestamptz(),
  /** When the current dunning episode began (the first failed payment); null when not past due. */
  pastDueSince: timestamptz(),
  updatedAt: updatedAt(),
});

/** Every webhook received, once: UNIQUE(provider, event_id) makes a redelivery a no-op. */
export const billingEvents = pgTable(
  "billing_events",
  {
    id: text().primaryKey(),
    provider: text().notNull(),
    eventId: text().notNull(),
    type: text().notNull(),
    tenantId: text(),
    occurredAt: timestamptz().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    /** What applying it did, as text: `applied…`, `stale…`, `ignored: …`, `refused: …`, or `unreadable: <why>` (kept for a replay). */
    outcome: text().notNull(),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex("billing_events_provider_event_key").on(t.provider, t.eventId), index("billing_events_tenant_idx").on(t.tenantId)],
);

export const billingCustomers = pgTable(
  "billing_customers",
  {
    tenantId: text()
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    customerId: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("billing_customers_provider_customer_key").on(t.provider, t.customerId)],
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    providerSubscriptionId: text().notNull(),
    plan: text().notNull(),
    interval: text().notNull(),
    /** The provider's status, normalized: pending | active | on_hold | past_due | paused | cancelled | expired | failed. */
    status: text().notNull(),
    /** The provider's start of the current period (Dodo's `previous_billing_date`); null before it said. */
    currentPeriodStart: timestamptz(),
    currentPeriodEnd: timestamptz(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    cancelReason: text(),
    cancelComment: text(),
    /** Timestamp and id of the newest event applied: older events are stale and never regress it. */
    lastEventAt: timestamptz().notNull(),
    lastEventId: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("subscriptions_provider_id_key").on(t.provider, t.providerSubscriptionId),
    index("subscriptions_tenant_idx").on(t.tenantId),
  ],
);

/** Paid and failed charges, from payment webhooks: the invoice list. */
export const invoices = pgTable(
  "invoices",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    providerPaymentId: text().notNull(),
    providerSubscriptionId: text(),
    /** subscription | credits */
    kind: text().notNull(),
    description: text().notNull(),
    amount: integer().notNull(),
    currency: text().notNull(),
    /** paid | failed */
    status: text().notNull(),
    url: text(),
    occurredAt: timestamptz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invoices_provider_payment_key").on(t.provider, t.providerPaymentId, t.status),
    index("invoices_tenant_idx").on(t.tenantId, t.id),
  ],
);

export const checkouts = pgTable(
  "checkouts",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    providerCheckoutId: text(),
    /** subscription | credits */
    kind: text().notNull(),
    plan: text(),
    interval: text(),
    pack: text(),
    /**
     * open | completed | declined. Written once the provider has answered with `url`, so a
     * checkout the provider could not start leaves no row (`failed` only on rows from before).
     */
    status: text().notNull().default("open"),
    url: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("checkouts_tenant_idx").on(t.tenantId)],
);

/**
 * Every change of a tenant's billing state, plan or interval, with why: the history, how long
 * recoveries took, and what revenue is computed from (an upgrade leaves an active → active row).
 */
export const billingStateChanges = pgTable(
  "billing_state_changes",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    from: text().notNull(),
    to: text().notNull(),
    reason: text().notNull(),
    /**
     * The plan and billing interval after the change, so revenue can be replayed from this table
     * (lib/revenue). `interval` is null without a subscription (free, trial, complimentary plan);
     * both are null on rows written before they were recorded.
     */
    plan: text(),
    interval: text(),
    /** For past_due → active: how long the tenant was in dunning. */
    recoveredAfterMs: bigint({ mode: "number" }),
    at: timestamptz().notNull(),
  },
  (t) => [index("billing_state_changes_tenant_idx").on(t.tenantId, t.id), index("billing_state_changes_at_idx").on(t.at)],
);

/**
 * Who has had the free trial: one row per person, claimed by insert, so two tenants created at
 * once cannot both start one, and transferring a trialed tenant away gives its owner no second.
 * Keyed by email, which is also how the provider knows a billing customer: a deleted account
 * signing up again with its address gets no new trial either.
 */
export const billingTrials = pgTable("billing_trials", {
  /** The owner's address, hashed (lib/auth/email-hash.ts): it outlives the account. */
  emailHash: text().primaryKey(),
  userId: text().notNull(),
  tenantId: text()
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  startedAt: createdAt(),
});

/** Dunning and trial notices already sent: one row per (tenant, episode, notice). */
export const billingNotices = pgTable(
  "billing_notices",
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    key: text().notNull(),
    sentAt: createdAt(),
  },
  (t) => [uniqueIndex("billing_notices_key").on(t.tenantId, t.key)],
);

/** The local simulator's per-tenant state: the test card and the test clock. */
export const billingSimulator = pgTable(
  "billing_simulator",
  {
    tenantId: text()
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    cardBehavior: text().notNull().default("succeed"),
    clockOffsetMs: bigint({ mode: "number" }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [check("billing_simulator_card_check", sql`${t.cardBehavior} in ('succeed', 'decline')`)],
);

/** The simulator's own records, standing in for the provider's side: its subscriptions. */
export const simulatorSubscriptions = pgTable(
  "simulator_subscriptions",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: text().notNull(),
    productId: text().notNull(),
    status: text().notNull(),
    /** When the current period started: the first charge, then each renewal's billing date. */
    previousBillingDate: timestamptz(),
    nextBillingDate: timestamptz().notNull(),
    cancelAtNextBillingDate: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("simulator_subscriptions_tenant_idx").on(t.tenantId)],
);

/** Usage the simulator was asked to bill (Dodo's usage ingest, locally); event id = idempotency key. */
export const simulatorUsageReports = pgTable("simulator_usage_reports", {
  eventId: text().primaryKey(),
  customerId: text().notNull(),
  meter: text().notNull(),
  quantity: integer().notNull(),
  occurredAt: timestamptz().notNull(),
  receivedAt: createdAt(),
});
