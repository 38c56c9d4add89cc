import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const httpPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "idempotency_keys", subject: "user", match: { mentions: ["scope", "body"] }, export: { omit: "stored answers to retried requests" }, erase: "delete" },
  { table: "idempotency_keys", subject: "tenant", match: { mentions: ["scope"] }, erase: "delete" },
];
