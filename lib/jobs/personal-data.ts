import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const jobsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "jobs", subject: "user", match: { mentions: ["payload", "last_error"] }, export: { omit: "queued work" }, erase: "delete" },
  { table: "jobs", subject: "tenant", match: { mentions: ["payload"] }, erase: "delete" },
  { table: "events", subject: "user", match: { mentions: ["data"] }, export: { omit: "the outbox's copies of what happened" }, erase: { keep: "the outbox's history", redact: ["data"] } },
  { table: "events", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
