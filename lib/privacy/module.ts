import * as tables from "@/db/schema/privacy";
import { defineModule } from "@/lib/manifest/define";
import { privacyAuditActions, privacyError, privacyIds } from "./catalog";
import { consentOf, recordSignUpConsents } from "./consents";
import { deletionScheduledEmail, exportReadyEmail } from "./emails";
import { exportJob } from "./export";
import { privacyKeys } from "./keys";
import { purgeDueJob, purgeJob } from "./purge";
import { deletionGate } from "./requests";
import { scheduleTenantPurge } from "./tenant-requests";

export default defineModule({
  id: "privacy",
  core: false,
  summary: "GDPR data requests from the personal data map every module declares: ZIP exports with signed expiring links, account deletion with a grace period and a purge that leaves no reference, consent records with versions.",
  env: privacyKeys,
  tables,
  personalData: [
    {
      table: "privacy_requests",
      subject: "user",
      match: { column: "user_id" },
      export: ["id", "type", "status", "created_at", "completed_at", "scheduled_for"],
      erase: { keep: "proof that the request was received and honoured", set: { user_id: "pseudonym", cancel_token_hash: null, hold_reason: null } },
    },
    { table: "privacy_requests", subject: "user", match: { column: "held_by" }, export: { omit: "holds they placed as an admin" }, erase: { keep: "the hold's record", set: { held_by: null } } },
    { table: "privacy_requests", subject: "tenant", match: { column: "tenant_id" }, erase: { keep: "proof that the request was honoured" } },
    { table: "privacy_consents", subject: "user", match: { column: "user_id" }, export: ["type", "version", "granted", "created_at"], erase: "delete" },
  ],
  jobs: [exportJob, purgeJob, purgeDueJob],
  errors: privacyError.codes,
  idPrefixes: privacyIds.prefixes,
  auditActions: privacyAuditActions,
  emails: [exportReadyEmail, deletionScheduledEmail],
  provides: { consent: { consentOf } },
  nav: { portal: [{ href: "/dashboard/privacy", label: "nav.privacy", order: 880 }] },
  portal: { accountBanner: () => import("@/components/privacy/consent-banner-slot").then((m) => m.ConsentBannerSlot) },
  admin: {
    pages: [{ path: "privacy", title: "admin.page", order: 140, component: () => import("@/components/privacy/admin/privacy-requests-page").then((m) => m.PrivacyRequestsAdminPage) }],
  },
  hooks: {
    beforeSignIn: (user) => deletionGate(user),
    onUserSignedUp: (tx, user, signUp) => recordSignUpConsents(tx, user, signUp),
    onTenantDeleted: (tx, tenant) => scheduleTenantPurge(tx, tenant),
  },
  owns: {
    routes: ["app/(api)/privacy", "app/(api)/tenants/[tenantId]/privacy-export", "app/(api)/platform/privacy", "app/(portal)/dashboard/privacy", "app/[locale]/(marketing)/cancel-deletion"],
    files: ["components/privacy", "e2e/privacy.spec.ts", "emails/privacy-export-ready.tsx", "emails/privacy-deletion-scheduled.tsx", "seed/privacy.ts", "tests/privacy.int.test.ts", "tests/privacy-map.int.test.ts", "tests/privacy-purge.int.test.ts"],
  },
  fixtures: () => import("@/seed/privacy").then((m) => m.fixtures),
  removal:
    "/privacy answers 404: no exports, no self-service deletion, no consent records (product analytics falls back to ANALYTICS_CONSENT_DEFAULT for everyone). The personal data map stays in every module's manifest for whoever answers data requests by hand; retention keeps running (it is core).",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/privacy.mdx",
});
