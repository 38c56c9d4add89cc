import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const emailPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "mailbox_messages", subject: "user", match: { mentions: ["to", "subject", "text", "html", "headers"] }, export: { omit: "the local development mailbox's copies of mail sent" }, erase: "delete" },
  { table: "email_suppressions", subject: "user", match: { emailColumn: "address" }, export: ["address", "reason", "occurred_at"], erase: "delete" },
  { table: "email_webhook_deliveries", none: "the provider's event ids and types" },
];
