import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const notificationsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "notifications", subject: "user", match: { column: "user_id" }, export: ["id", "tenant_id", "type", "title", "body", "link", "read_at", "created_at"], erase: "delete" },
  { table: "notifications", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "notification_preferences", subject: "user", match: { column: "user_id" }, erase: "delete" },
  { table: "notification_settings", subject: "user", match: { column: "user_id" }, erase: "delete" },
];
