import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const statusPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "status_checks", none: "health check results" },
  { table: "status_daily", none: "daily uptime" },
  { table: "status_incidents", none: "incidents the operator writes" },
  { table: "status_incident_updates", none: "incident updates the operator writes" },
];
