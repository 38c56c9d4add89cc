import * as tables from "@/db/schema/status";
import { defineModule } from "@/lib/manifest/define";
import { statusError, statusIds } from "./catalog";
import { statusCheckJob } from "./store";
import { statusPersonalData } from "./personal-data";

export default defineModule({
  id: "status",
  core: false,
  summary: "A public status page at /status (and /status.json, RSS): API, dashboard, jobs, email and payments checked every five minutes, 90-day uptime bars, and incidents platform admins open and update.",
  tables,
  personalData: statusPersonalData,
  jobs: [statusCheckJob],
  errors: statusError.codes,
  idPrefixes: statusIds.prefixes,
  auditActions: ["status.incident_opened", "status.incident_edited", "status.incident_updated"],
  publicPages: ["/status"],
  admin: {
    pages: [{ path: "status", title: "admin.page", order: 850, component: () => import("@/components/status/admin/status-admin-page").then((m) => m.StatusAdminPage) }],
  },
  owns: {
    routes: ["app/(api)/status.json", "app/(api)/platform/status", "app/[locale]/(marketing)/status"],
    files: ["components/status", "seed/status.ts", "tests/status.int.test.ts", "e2e/status.spec.ts"],
  },
  fixtures: () => import("@/seed/status").then((m) => m.fixtures),
  removal: "/status, /status.json and the incidents feed answer 404, the Status page leaves the admin panel, and the stored checks and incidents are dropped. Nothing else reads them.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/status.mdx",
});
