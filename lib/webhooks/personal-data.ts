import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const webhooksPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "webhook_endpoints", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "webhook_messages", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "webhook_messages", subject: "user", match: { mentions: ["payload"] }, export: { omit: "events already sent to a team's endpoints" }, erase: { keep: "the team's delivery history", redact: ["payload"] } },
  { table: "webhook_deliveries", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "webhook_attempts", none: "attempt logs of a delivery: they go with it (foreign key cascade)" },
];
