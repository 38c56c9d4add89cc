import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const usagePersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "usage_events", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "usage_aggregates", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "usage_rollups", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "usage_counters", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "usage_alert_notices", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "usage_overage_fees", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "api_requests", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
