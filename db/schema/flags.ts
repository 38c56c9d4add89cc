import { integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

/**
 * Feature flags (lib/flags). The definition is one JSON document per flag (rules and per-environment
 * overrides), validated by lib/flags/definition.ts on every write; processes evaluate from an
 * in-memory snapshot of this table. `version` goes up on every change, which is how a process
 * polling the table sees one.
 */
export const featureFlags = pgTable("feature_flags", {
  key: text().primaryKey(),
  type: text({ enum: ["boolean", "string", "number", "json"] }).notNull(),
  description: text().notNull().default(""),
  defaultValue: jsonb().$type<unknown>().notNull(),
  rules: jsonb().$type<unknown[]>().notNull().default([]),
  environments: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  version: integer().notNull().default(1),
  archivedAt: timestamptz(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
