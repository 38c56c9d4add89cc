import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

/**
 * Segments (lib/segments): saved filters over users or tenants. `conditions` is validated by
 * lib/segments/definition.ts against the installed modules' segment fields on every write.
 */
export const segments = pgTable("segments", {
  key: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull().default(""),
  subject: text({ enum: ["user", "tenant"] }).notNull(),
  conditions: jsonb().$type<unknown[]>().notNull().default([]),
  /** Members after the last computation, and when that was (null: not computed yet). */
  memberCount: integer().notNull().default(0),
  computedAt: timestamptz(),
  archivedAt: timestamptz(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Who is in each segment now. A row appears when the subject enters and goes when it leaves, in
 * the transaction that records the `segment.entered`/`segment.exited` event. `subject_id` is a
 * user's or a tenant's id with no foreign key: a deleted subject leaves at the next computation,
 * with its exit event.
 */
export const segmentMembers = pgTable(
  "segment_members",
  {
    segmentKey: text()
      .notNull()
      .references(() => segments.key, { onDelete: "cascade" }),
    subjectId: text().notNull(),
    enteredAt: createdAt(),
  },
  (t) => [primaryKey({ name: "segment_members_key", columns: [t.segmentKey, t.subjectId] }), index("segment_members_subject_idx").on(t.subjectId)],
);

/** Custom properties of users and tenants that segments can filter on (`setSegmentProperty`). */
export const segmentProperties = pgTable(
  "segment_properties",
  {
    subjectId: text().notNull(),
    key: text().notNull(),
    value: text().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: "segment_properties_key", columns: [t.subjectId, t.key] })],
);
