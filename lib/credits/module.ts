import * as tables from "@/db/schema/credits";
import { defineModule } from "@/lib/manifest/define";
import { creditSegmentFields } from "./segment-fields";
import { creditAuditActions, creditError, creditIds } from "./catalog";
import { creditsLowEmail } from "./emails";
import { creditEvents } from "./events";
import { expireCreditsJob } from "./expire-job";
import { keys } from "./keys";
import { settleSpend, spendExpression } from "./fast-spend";
import { deductFromBalance } from "./ledger";
import { creditsLowNotification } from "./notifications";
import { creditsPersonalData } from "./personal-data";

export default defineModule({
  id: "credits",
  core: false,
  summary: "A per-tenant credits ledger: grants, spends, expiry and low-balance warnings.",
  segmentFields: creditSegmentFields,
  env: keys,
  tables,
  personalData: creditsPersonalData,
  jobs: [expireCreditsJob],
  auditActions: creditAuditActions,
  events: creditEvents,
  errors: creditError.codes,
  idPrefixes: creditIds.prefixes,
  emails: [creditsLowEmail],
  notifications: [creditsLowNotification],
  provides: { credits: { spend: (input, executor) => deductFromBalance(input, executor), spendExpression, settleSpend } },
  owns: {
    // Its page in the portal is billing's (it sells packs): credits alone is the ledger and its API.
    routes: ["app/(api)/platform/tenants/[tenantId]/credits"],
    files: ["emails/credits-low.tsx", "tests/credits.int.test.ts", "tests/credits-edges.int.test.ts", "tests/credits-ledger-model.int.test.ts", "tests/platform-credits.int.test.ts"],
  },
  // Its strings (its emails' so far), under "credits.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  // Dropped with the tables: its one-statement spend (migration 0029) reads them.
  removalSql: ["DROP FUNCTION IF EXISTS keel_credits_spend;"],
  docs: "modules/credits.mdx",
  admin: {
    tenantSections: [{ title: "admin.section", order: 30, component: () => import("@/components/credits/admin-section").then((m) => m.CreditsAdminSection) }],
  },
});
