import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const segmentsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "segment_members", subject: "user", match: { column: "subject_id" }, export: ["segment_key", "entered_at"], erase: "delete" },
  { table: "segment_members", subject: "tenant", match: { column: "subject_id" }, erase: "delete" },
  { table: "segment_properties", subject: "user", match: { column: "subject_id" }, export: ["key", "value", "updated_at"], erase: "delete" },
  { table: "segment_properties", subject: "tenant", match: { column: "subject_id" }, erase: "delete" },
  { table: "segments", subject: "user", match: { mentions: ["conditions"] }, export: { omit: "segment definitions that name them" }, erase: { keep: "the segment", redact: ["conditions"] } },
];
