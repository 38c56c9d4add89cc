import * as tables from "@/db/schema/usage";
import { defineModule } from "@/lib/manifest/define";
import { usageSegmentFields } from "./segment-fields";
import { usageError, usageIds, usagePermissions } from "./catalog";
import { usageAlertEmail } from "./emails";
import { aggregateUsageJob, closeUsagePeriodJob, quotaAlertEmailJob } from "./jobs";
import { keys } from "./keys";
import { quotaAlertEvents } from "./alerts";
import { usageEvents } from "./events";
import { quotaAlertNotification } from "./notifications";

export default defineModule({
  id: "usage",
  core: false,
  dependsOn: ["api-keys", "credits"],
  summary: "Usage metering: idempotent ingest, hourly aggregation, quotas with alerts, overage.",
  segmentFields: usageSegmentFields,
  env: keys,
  tables,
  jobs: [aggregateUsageJob, closeUsagePeriodJob],
  subscriptions: { [quotaAlertEvents.warning]: [quotaAlertEmailJob], [quotaAlertEvents.reached]: [quotaAlertEmailJob] },
  events: usageEvents,
  permissions: usagePermissions,
  errors: usageError.codes,
  idPrefixes: usageIds.prefixes,
  emails: [usageAlertEmail],
  notifications: [quotaAlertNotification],
  nav: { portal: [{ href: "/dashboard/usage", label: "nav.usage", order: 500 }] },
  owns: {
    routes: ["app/(api)/usage", "app/(api)/v1/echo", "app/(portal)/dashboard/usage"],
    files: ["tests/usage-translated.int.test.tsx", "seed/usage.ts", "tests/usage-keys.ts", "emails/usage-alert.tsx", "tests/usage.int.test.ts", "tests/usage-periods.int.test.ts", "bench/usage-ingest.ts"],
  },
  fixtures: () => import("@/seed/usage").then((m) => m.fixtures),
  // Its strings (its emails' so far), under "usage.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/usage.mdx",
  admin: {
    tenantSections: [{ title: "admin.section", order: 40, component: () => import("@/components/usage/admin-section").then((m) => m.UsageAdminSection) }],
  },
});
