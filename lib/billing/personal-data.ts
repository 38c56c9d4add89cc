import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const billingPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "billing_accounts", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "billing_events", subject: "tenant", match: { column: "tenant_id" }, erase: { keep: "the provider's record of money movements, kept with the invoices" } },
  { table: "billing_events", subject: "user", match: { mentions: ["payload"] }, export: { omit: "the payment provider's webhook payloads" }, erase: { keep: "the provider's record of money movements", redact: ["payload"] } },
  { table: "billing_customers", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "subscriptions", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "invoices", subject: "tenant", match: { column: "tenant_id" }, erase: { keep: "tax law: invoices are kept 10 years (they hold no name or address; the tenant row stays as a tombstone)" } },
  { table: "checkouts", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "billing_state_changes", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "billing_notices", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "billing_simulator", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "simulator_subscriptions", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "simulator_usage_reports", none: "the local simulator's copy of usage reports, by customer id" },
  {
    table: "billing_trials",
    subject: "user",
    match: { column: "user_id" },
    export: ["tenant_id", "started_at"],
    erase: { keep: "one trial per person: the address's salted hash outlives the account", set: { user_id: "pseudonym" } },
  },
  { table: "billing_trials", subject: "tenant", match: { column: "tenant_id" }, erase: { keep: "one trial per person" } },
];
