import * as tables from "@/db/schema/observability";
import { defineModule } from "@/lib/manifest/define";
import { alertsJob } from "./alerts";
import { opsAlertEmail } from "./emails";
import { keys } from "./keys";
import { observabilityPersonalData } from "./personal-data";

export default defineModule({
  id: "observability",
  core: true,
  summary: "Logs and error reports: one JSON line per entry, and unexpected errors grouped in the local error store (the admin panel's Errors page).",
  env: keys,
  tables,
  personalData: observabilityPersonalData,
  jobs: [alertsJob],
  emails: [opsAlertEmail],
  providers: [{ kind: "errors", current: () => (keys().SENTRY_DSN ? { name: "sentry", local: false } : { name: "local error store", local: true }) }],
  admin: {
    pages: [{ path: "errors", title: "admin.page", order: 900, component: () => import("@/components/observability/errors-page").then((m) => m.ErrorsPage) }],
  },
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: { files: ["components/observability", "emails/ops-alert.tsx", "tests/error-store.int.test.tsx", "tests/alerts.int.test.ts", "tests/otel-export.int.test.ts"] },
  docs: "modules/observability.mdx",
});
