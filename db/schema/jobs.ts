import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

/**
 * The transactional outbox and job queue. A row is written in the caller's transaction, so a job
 * exists if and only if the change that asked for it committed.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: text().primaryKey(),
    /** The job definition's id, e.g. `email.send`. */
    name: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    /** pending | running | succeeded | dead */
    status: text().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    runAt: timestamptz().notNull().defaultNow(),
    lockedAt: timestamptz(),
    lockedBy: text(),
    lastError: text(),
    /** Optional caller key: a second enqueue with the same key is a no-op (cron slots use it). */
    idempotencyKey: text(),
    /** When the job was handed to Trigger.dev; null while it waits for the dispatcher or sweeper. */
    dispatchedAt: timestamptz(),
    completedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("jobs_due_idx").on(t.status, t.runAt),
    uniqueIndex("jobs_idempotency_key").on(t.idempotencyKey).where(sql`idempotency_key is not null`),
  ],
);

/** Domain events, written by `emit(tx, type, data)` beside the change they announce. */
export const events = pgTable(
  "events",
  {
    id: text().primaryKey(),
    type: text().notNull(),
    tenantId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    /** When the runner enqueued the subscribers' jobs (lib/jobs/fan-out.ts); null until then. */
    fannedOutAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index("events_tenant_idx").on(t.tenantId, t.id),
    index("events_type_idx").on(t.type),
    index("events_pending_fan_out_idx").on(t.type, t.id).where(sql`fanned_out_at is null`),
  ],
);
