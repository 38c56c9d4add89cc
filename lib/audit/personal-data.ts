import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const auditPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  {
    table: "audit_logs",
    subject: "user",
    match: { column: "actor_id" },
    export: ["id", "tenant_id", "action", "target_type", "target_id", "ip_address", "user_agent", "created_at"],
    erase: { keep: "security record: who did what stays provable for the audit retention (400 days)", set: { actor_id: "pseudonym", ip_address: null, user_agent: null }, redact: ["target_id", "data"] },
  },
  {
    table: "audit_logs",
    subject: "user",
    match: { column: "target_id" },
    export: ["id", "tenant_id", "action", "target_type", "created_at"],
    erase: { keep: "security record", set: { target_id: "pseudonym" }, redact: ["data"] },
  },
  { table: "audit_logs", subject: "user", match: { mentions: ["data"] }, export: { omit: "entries naming them in passing" }, erase: { keep: "security record", redact: ["data"] } },
  { table: "audit_logs", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
];
