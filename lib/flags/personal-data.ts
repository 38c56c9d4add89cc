import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const flagsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "feature_flags", subject: "user", match: { mentions: ["rules", "environments"] }, export: { omit: "flag targeting that names them" }, erase: { keep: "the flag", redact: ["rules", "environments"] } },
];
