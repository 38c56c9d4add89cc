import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const projectsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "projects", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "projects", subject: "user", match: { column: "created_by" }, export: ["id", "tenant_id", "name", "description", "created_at", "deleted_at"], erase: { keep: "the team's project", set: { created_by: null } } },
  { table: "project_members", subject: "user", match: { column: "user_id" }, export: ["project_id", "tenant_id", "created_at"], erase: "delete" },
  { table: "project_members", subject: "user", match: { column: "added_by" }, export: { omit: "other people's memberships they granted" }, erase: { keep: "the other person's membership", set: { added_by: null } } },
  { table: "project_members", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
