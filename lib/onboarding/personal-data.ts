import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const onboardingPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "onboarding_checklists", subject: "user", match: { column: "user_id" }, erase: "delete" },
  { table: "onboarding_checklists", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" },
  { table: "onboarding_steps", subject: "user", match: { column: "scope_id" }, erase: "delete" },
  { table: "onboarding_steps", subject: "tenant", match: { column: "scope_id" }, erase: "delete" },
];
