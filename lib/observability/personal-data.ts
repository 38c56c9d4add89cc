import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const observabilityPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "error_groups", subject: "user", match: { mentions: ["message", "sample_stack", "sample_context"] }, export: { omit: "error reports" }, erase: { keep: "error reports", redact: ["message", "sample_stack", "sample_context"] } },
  { table: "error_counts", none: "counts per minute" },
  { table: "alert_deliveries", none: "when each alert was last sent" },
];
