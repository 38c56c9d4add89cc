import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

export type ComponentStatus = "operational" | "degraded" | "outage";

/**
 * Every run of the status checks (lib/status/checks.ts, every five minutes): one row per
 * component. Kept seven days, for the latest state and recent latencies; the 90-day bars read
 * `status_daily`.
 */
export const statusChecks = pgTable(
  "status_checks",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    component: text().notNull(),
    status: text({ enum: ["operational", "degraded", "outage"] }).notNull(),
    latencyMs: integer().notNull(),
    /** Why it is not operational, for the admin; never shown on the public page. */
    detail: text(),
    checkedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [index("status_checks_component_checked_idx").on(t.component, t.checkedAt)],
);

/** Checks per component and UTC day by outcome, counted as they are stored: the 90-day bars. */
export const statusDaily = pgTable(
  "status_daily",
  {
    component: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    operational: integer().notNull().default(0),
    degraded: integer().notNull().default(0),
    outage: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.component, t.day] })],
);

/** An incident a platform admin opened; `resolvedAt` is set when an update resolves it. */
export const statusIncidents = pgTable(
  "status_incidents",
  {
    id: text().primaryKey(),
    title: text().notNull(),
    impact: text({ enum: ["degraded", "outage"] }).notNull(),
    status: text({ enum: ["investigating", "identified", "monitoring", "resolved"] }).notNull(),
    /** The component names it affects (as the checks name them). */
    components: jsonb().$type<string[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    resolvedAt: timestamptz(),
  },
  (t) => [index("status_incidents_created_idx").on(t.createdAt)],
);

/** What was said about an incident, in order: the first is its opening message. */
export const statusIncidentUpdates = pgTable(
  "status_incident_updates",
  {
    id: text().primaryKey(),
    incidentId: text()
      .notNull()
      .references(() => statusIncidents.id, { onDelete: "cascade" }),
    status: text({ enum: ["investigating", "identified", "monitoring", "resolved"] }).notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("status_incident_updates_incident_idx").on(t.incidentId, t.createdAt)],
);
