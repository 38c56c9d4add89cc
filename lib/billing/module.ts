import * as tables from "@/db/schema/billing";
import { defineModule } from "@/lib/manifest/define";
import { billingOnboarding } from "./onboarding";
import { billingAuditActions, billingError, billingIds, billingPermissions } from "./catalog";
import { paymentFailedEmail, trialEndingEmail } from "./emails";
import { keys } from "./keys";
import { billingNotifications } from "./notifications";
import { configuredProvider } from "./providers";
import { reportOverageJob } from "./overage-report";
import { billingEvents } from "./published-events";
import { redeliverSimulatorWebhookJob } from "./simulator/deliver";
import { dunningJob, trialsJob } from "./time";
import { startTrial } from "./trial";
import { cancelDeletedTenantSubscriptionJob, cancelLiveSubscription, cancelOnTenantDeleted } from "./tenant-deleted";
import { billingPersonalData } from "./personal-data";

export default defineModule({
  id: "billing",
  core: false,
  dependsOn: ["credits"],
  summary: "Subscriptions, one-time payments, trials and dunning through Dodo Payments or the local simulator.",
  onboarding: billingOnboarding,
  env: keys,
  tables,
  personalData: billingPersonalData,
  jobs: [dunningJob, trialsJob, redeliverSimulatorWebhookJob, cancelDeletedTenantSubscriptionJob],
  // Overage the usage module records (when installed) is charged through the payment provider.
  subscriptions: { "usage.overage_recorded": [reportOverageJob] },
  permissions: billingPermissions,
  auditActions: billingAuditActions,
  events: billingEvents,
  errors: billingError.codes,
  idPrefixes: billingIds.prefixes,
  emails: [paymentFailedEmail, trialEndingEmail],
  notifications: billingNotifications,
  nav: {
    portal: [
      { href: "/dashboard/billing", label: "nav.billing", order: 600 },
      { href: "/dashboard/credits", label: "nav.credits", order: 700 },
    ],
  },
  portal: {
    header: () => import("@/components/billing/portal-slots").then((m) => m.BillingHeaderBadge),
    banner: () => import("@/components/billing/portal-slots").then((m) => m.BillingPortalBanner),
  },
  admin: {
    // Read with lib/billing; the action form writes through /platform/tenants/:id/billing/*.
    tenantSections: [
      { title: "admin.subscription", order: 200, component: () => import("@/components/billing/admin/subscription-section").then((m) => m.SubscriptionSection) },
      { title: "admin.actions", order: 210, component: () => import("@/components/billing/admin/actions-section").then((m) => m.ActionsSection) },
      { title: "admin.history", order: 220, component: () => import("@/components/billing/admin/history-section").then((m) => m.HistorySection) },
      { title: "admin.payments", order: 230, component: () => import("@/components/billing/admin/payments-section").then((m) => m.PaymentsSection) },
    ],
  },
  publicPages: ["/pricing"],
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/(api)/billing", "app/(api)/platform/billing", "app/(api)/platform/tenants/[tenantId]/billing", "app/(portal)/dashboard/billing", "app/(portal)/dashboard/credits", "app/(simulator)", "app/[locale]/(marketing)/pricing"],
    files: [
      "tests/billing-translated.int.test.tsx",
      "emails/payment-failed.tsx",
      "emails/trial-ending.tsx",
      "seed/billing.ts",
      "seed/billing-history.ts",
      "tests/billing-seed.int.test.ts",
      "tests/billing-dodo.int.test.ts",
      "tests/billing-helpers.ts",
      "tests/billing-model.int.test.ts",
      "tests/billing-simulator.int.test.ts",
      "tests/billing-webhooks.int.test.ts",
      "tests/billing-overage.int.test.ts",
      "tests/billing-refunds.int.test.ts",
      "tests/billing-inbox.int.test.ts",
      "tests/billing-apply-count.ts",
      "tests/providers/dodo-api.ts",
      "tests/providers/dodo.int.test.ts",
      "tests/providers/resend-dunning.int.test.ts",
      "tests/billing-dodo-shapes.int.test.ts",
      "tests/billing-allowance.int.test.ts",
      "tests/billing-past-due.int.test.ts",
      "tests/billing-checkout-failure.int.test.ts",
      "tests/billing-replay.int.test.ts",
      "tests/billing-admin-actions.int.test.ts",
      "tests/billing-history.int.test.ts",
      "tests/billing-admin-sections.int.test.ts",
      "tests/dodo-fixtures.ts",
      "tests/providers/dodo/webhooks",
      "e2e/billing.spec.ts",
      "content/docs/swap/payments.mdx",
    ],
  },
  fixtures: () => import("@/seed/billing").then((m) => m.fixtures),
  removal:
    "Every tenant falls back to the default plan: the removal migration clears `tenant_plans`, which only billing wrote. Plan limits still apply (`lib/plans`); set a tenant's plan yourself with `writeTenantPlan` if you sell another way.",
  removalSql: ['DELETE FROM "tenant_plans";'],
  // The public pricing page (app/[locale]/(marketing)/pricing) is this module's: its header link too.
  siteNav: [{ href: "/pricing", label: "pricing", order: 5 }],
  docs: "modules/billing.mdx",
  hooks: {
    onTenantCreated: (tx, tenant) => startTrial(tx, tenant.id, new Date(), tenant.ownerId),
    onTenantDeleted: (tx, tenant) => cancelOnTenantDeleted(tx, tenant),
    beforeTenantPurge: (tenant) => cancelLiveSubscription(tenant.id),
  },
  providers: [{ kind: "payments", current: () => ({ name: configuredProvider() ?? "none", local: configuredProvider() !== "dodo" }) }],
});
