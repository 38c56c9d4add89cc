import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const creditsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "credit_balances", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "credit_grants", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "credit_ledger", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  {
    table: "credit_ledger",
    subject: "user",
    match: { column: "actor_id" },
    export: ["id", "tenant_id", "kind", "amount", "reason", "created_at"],
    erase: { keep: "the tenant's ledger must still add up to its balance", set: { actor_id: "pseudonym" } },
  },
];
