import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const apiKeysPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "api_keys", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "api_keys", subject: "user", match: { column: "created_by" }, export: ["id", "tenant_id", "name", "environment", "start", "created_at", "revoked_at"], erase: { keep: "the team's key", set: { created_by: null } } },
];
