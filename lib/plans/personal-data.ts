import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const plansPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [{ table: "tenant_plans", subject: "tenant", match: { column: "tenant_id" }, erase: "delete" }];
