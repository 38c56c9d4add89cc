import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const authPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "users", subject: "user", match: { column: "id" }, export: ["id", "name", "email", "email_verified", "image", "role", "locale", "two_factor_enabled", "created_at", "updated_at"], erase: "delete" },
  { table: "sessions", subject: "user", match: { column: "user_id" }, export: ["id", "created_at", "expires_at", "ip_address", "user_agent"], erase: "delete" },
  { table: "sessions", subject: "user", match: { column: "impersonated_by" }, export: { omit: "an admin's impersonation sessions are the impersonated person's" }, erase: "delete" },
  { table: "accounts", subject: "user", match: { column: "user_id" }, export: ["provider_id", "account_id", "scope", "created_at"], erase: "delete" },
  { table: "verifications", subject: "user", match: { mentions: ["identifier", "value"] }, export: { omit: "short-lived sign-in and verification tokens" }, erase: "delete" },
  { table: "rate_limits", subject: "user", match: { mentions: ["key"] }, export: { omit: "request counters" }, erase: "delete" },
  { table: "two_factors", subject: "user", match: { column: "user_id" }, export: ["id", "verified"], erase: "delete" },
  { table: "passkeys", subject: "user", match: { column: "user_id" }, export: ["name", "device_type", "backed_up", "created_at"], erase: "delete" },
];
