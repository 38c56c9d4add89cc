import * as tables from "@/db/schema/credits";
import { defineModule } from "@/lib/manifest/define";
import { creditAuditActions, creditError, creditIds } from "./catalog";
import { creditsLowEmail } from "./emails";
import { expireCreditsJob } from "./expire-job";
import { keys } from "./keys";

export default defineModule({
  id: "credits",
  core: false,
  summary: "A per-tenant credits ledger: grants, spends, expiry and low-balance warnings.",
  env: keys,
  tables,
  jobs: [expireCreditsJob],
  auditActions: creditAuditActions,
  errors: creditError.codes,
  idPrefixes: creditIds.prefixes,
  emails: [creditsLowEmail],
  nav: { portal: [{ href: "/dashboard/credits", label: "Credits", order: 700 }] },
  owns: {
    routes: ["app/(api)/platform/tenants/[tenantId]/credits", "app/(portal)/dashboard/credits"],
    files: ["emails/credits-low.tsx", "tests/credits.int.test.ts", "tests/platform-credits.int.test.ts"],
  },
  docs: "modules/credits.mdx",
});
