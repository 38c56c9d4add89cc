import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const tenantsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  {
    table: "tenants",
    subject: "tenant",
    match: { column: "id" },
    export: ["id", "name", "slug", "created_at", "deleted_at"],
    // Invoices (kept 10 years) reference the tenant: its row stays as a nameless tombstone.
    erase: { keep: "invoices kept for tax law reference it", set: { name: "pseudonym", slug: "pseudonym", logo: null, metadata: null } },
  },
  { table: "tenant_members", subject: "user", match: { column: "user_id" }, export: ["id", "tenant_id", "role", "created_at"], erase: "delete" },
  { table: "tenant_members", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "tenant_invitations", subject: "user", match: { emailColumn: "email" }, export: ["id", "tenant_id", "role", "status", "created_at", "expires_at"], erase: "delete" },
  { table: "tenant_invitations", subject: "user", match: { column: "inviter_id" }, export: ["id", "tenant_id", "email", "role", "status", "created_at"], erase: "delete" },
  { table: "tenant_invitations", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
