import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const waitlistPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "waitlist_entries", subject: "user", match: { emailColumn: "email" }, export: ["email", "created_at", "verified_at", "invited_at", "signed_up_at"], erase: "delete" },
];
