import * as tables from "@/db/schema/plans";
import { defineModule } from "@/lib/manifest/define";
import { planSegmentFields } from "./segment-fields";
import { planError } from "./entitlements";
import { plansPersonalData } from "./personal-data";

export default defineModule({
  id: "plans",
  core: true,
  dependsOn: ["tenants"],
  summary: "Plans and entitlements: a tenant's plan, standing and period, and the limits and features they give.",
  segmentFields: planSegmentFields,
  tables,
  personalData: plansPersonalData,
  errors: planError.codes,
  docs: "modules/plans.mdx",
});
