import * as tables from "@/db/schema/webhooks";
import { defineModule } from "@/lib/manifest/define";
import { webhookAuditActions, webhookError, webhookIds, webhookPermissions } from "./catalog";
import { webhookDisabledEmail } from "./emails";
import { webhookEvents } from "./events";
import { deliverWebhookJob, fanOutWebhookJob } from "./jobs";
import { keys } from "./keys";
import { webhookDisabledNotification } from "./notifications";
import { webhooksPersonalData } from "./personal-data";

export default defineModule({
  id: "webhooks",
  core: false,
  summary: "Outgoing webhooks: tenant endpoints, Standard Webhooks signatures, Svix-style retries, an SSRF guard and a delivery log.",
  env: keys,
  tables,
  personalData: webhooksPersonalData,
  retention: [{ class: "webhook_deliveries", table: "webhook_messages", column: "created_at", days: 30, description: "Outgoing webhook messages with their deliveries and attempt logs." }],
  jobs: [deliverWebhookJob],
  subscriptions: { "*": [fanOutWebhookJob] },
  events: webhookEvents,
  permissions: webhookPermissions,
  auditActions: webhookAuditActions,
  errors: webhookError.codes,
  idPrefixes: webhookIds.prefixes,
  emails: [webhookDisabledEmail],
  notifications: [webhookDisabledNotification],
  nav: { portal: [{ href: "/dashboard/webhooks", label: "nav.webhooks", order: 450 }] },
  owns: {
    routes: ["app/(api)/tenants/[tenantId]/webhooks", "app/(api)/webhooks", "app/(portal)/dashboard/webhooks"],
    files: ["seed/webhooks.ts", "emails/webhook-disabled.tsx", "components/webhooks", "tests/webhooks.int.test.ts", "tests/webhooks-ssrf.int.test.ts", "tests/webhook-receiver.ts", "e2e/webhooks.spec.ts", "bench/webhooks.ts"],
  },
  fixtures: () => import("@/seed/webhooks").then((m) => m.fixtures),
  // Its strings (its emails' so far), under "webhooks.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/webhooks.mdx",
  admin: {
    pages: [{ path: "webhooks", title: "admin.page", order: 70, component: () => import("@/components/webhooks/admin-deliveries-page").then((m) => m.WebhookDeliveriesAdminPage) }],
    tenantSections: [{ title: "admin.section", order: 60, component: () => import("@/components/webhooks/admin-section").then((m) => m.WebhooksAdminSection) }],
  },
});
