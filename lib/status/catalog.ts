import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";
import type { ComponentStatus } from "@/db/schema/status";

export type { ComponentStatus };

/** What the status module names: its ids and errors (see module.ts). */
export const statusIds = defineIdPrefixes({ statusIncident: "inc", statusIncidentUpdate: "incu" });

export const statusError = defineErrors({
  incident_not_found: "not_found",
  /** A resolved incident takes no more updates: open a new one. */
  incident_resolved: "conflict",
});

export const incidentStatuses = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

const rank: Record<ComponentStatus, number> = { operational: 0, degraded: 1, outage: 2 };

/** The worse of two states. */
export function worse(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return rank[b] > rank[a] ? b : a;
}
