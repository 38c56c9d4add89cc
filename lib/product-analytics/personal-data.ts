import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const productAnalyticsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  {
    table: "product_events",
    subject: "user",
    match: { column: "user_id" },
    export: ["name", "tenant_id", "properties", "occurred_at"],
    erase: { keep: "aggregate product figures", set: { user_id: "pseudonym" }, redact: ["properties"] },
  },
  { table: "product_events", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
