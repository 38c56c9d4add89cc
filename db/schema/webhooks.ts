import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { tenants } from "./tenants";

/**
 * A tenant's outgoing-webhook endpoint. The signing secret is stored as given out (`whsec_…`):
 * signing needs it, and it can be revealed again to owners and admins. On rotation the previous
 * secret keeps signing beside the new one until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    url: text().notNull(),
    description: text(),
    /** Event types it receives; empty means every type. */
    eventTypes: jsonb().$type<string[]>().notNull().default([]),
    enabled: boolean().notNull().default(true),
    /** Why it was disabled: `gone` (410), `failing` (5 days of failures) or `manual`. */
    disabledReason: text(),
    secret: text().notNull(),
    previousSecret: text(),
    previousSecretExpiresAt: timestamptz(),
    /** The first failed attempt since the last success; 5 days of nothing but failures disables it. */
    failingSince: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamptz(),
  },
  (t) => [index("webhook_endpoints_tenant_idx").on(t.tenantId, t.id)],
);

/**
 * One message per published event (or test send): its id is the `webhook-id` header, the same on
 * every attempt and replay, to every endpoint. `payload` is the exact body sent.
 */
export const webhookMessages = pgTable(
  "webhook_messages",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** The outbox event it announces; null for test sends. Unique: a re-run fan-out makes no second message. */
    eventId: text(),
    eventType: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("webhook_messages_event_key").on(t.eventId), index("webhook_messages_tenant_idx").on(t.tenantId, t.id)],
);

/** A message on its way to one endpoint: its state, the attempts made, when the next is due. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    endpointId: text()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    messageId: text()
      .notNull()
      .references(() => webhookMessages.id, { onDelete: "cascade" }),
    eventType: text().notNull(),
    /** pending (waiting for an attempt) | sending | succeeded | failed (no more automatic tries) */
    status: text({ enum: ["pending", "sending", "succeeded", "failed"] }).notNull().default("pending"),
    /** Attempts started so far; the next attempt's job carries attempt + 1 and claims it. */
    attempt: integer().notNull().default(0),
    /** When the current attempt was claimed: a claim older than a minute was lost with its process. */
    claimedAt: timestamptz(),
    nextAttemptAt: timestamptz(),
    responseStatus: integer(),
    lastError: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_message_endpoint_key").on(t.messageId, t.endpointId),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.id),
    index("webhook_deliveries_failed_idx").on(t.tenantId, t.status, t.createdAt),
  ],
);

/** One HTTP attempt, for the delivery log: what came back and when the next try is. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: text().primaryKey(),
    deliveryId: text()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attempt: integer().notNull(),
    url: text().notNull(),
    /** null when no response came (timeout, refused address, connection error). */
    responseStatus: integer(),
    /** The response body's first 1 KB. */
    responseBody: text(),
    error: text(),
    durationMs: integer().notNull(),
    nextAttemptAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("webhook_attempts_delivery_attempt_key").on(t.deliveryId, t.attempt)],
);
