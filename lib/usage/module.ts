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
import { usagePersonalData } from "./personal-data";

export default defineModule({
  id: "usage",
  core: false,
  dependsOn: ["api-keys", "credits"],
  summary: "Usage metering: idempotent ingest, hourly aggregation, quotas with alerts, overage.",
  segmentFields: usageSegmentFields,
  env: keys,
  tables,
  personalData: usagePersonalData,
  retention: [{ class: "api_request_logs", table: "api_requests", column: "created_at", days: 30, description: "The API request log (usage counters and events are billing records and stay)." }],
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
    files: ["tests/usage-translated.int.test.tsx", "seed/usage.ts", "seed/usage-traffic.ts", "tests/usage-keys.ts", "tests/usage-metered-call.int.test.ts", "bench/crash.ts", "emails/usage-alert.tsx", "tests/usage.int.test.ts", "tests/usage-periods.int.test.ts", "tests/usage-billing-cycle.int.test.ts", "tests/usage-seed.int.test.ts", "seed/usage-traffic.test.ts", "bench/usage-ingest.ts"],
  },
  fixtures: () => import("@/seed/usage").then((m) => m.fixtures),
  // Its strings (its emails' so far), under "usage.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  // Dropped with the tables: the one-statement metering functions (migrations 0029, 0031) read them.
  removalSql: ["DROP FUNCTION IF EXISTS keel_usage_meter;", "DROP FUNCTION IF EXISTS keel_usage_counter_open;", "DROP FUNCTION IF EXISTS keel_usage_counter_end;"],
  docs: "modules/usage.mdx",
  admin: {
    tenantSections: [{ title: "admin.section", order: 40, component: () => import("@/components/usage/admin-section").then((m) => m.UsageAdminSection) }],
  },
});
