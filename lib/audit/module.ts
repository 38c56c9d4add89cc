import * as tables from "@/db/schema/audit";
import { defineModule } from "@/lib/manifest/define";
import { auditPermissions } from "./catalog";
import { auditPersonalData } from "./personal-data";

export default defineModule({
  id: "audit",
  core: true,
  summary: "The tenant audit log: who did what, recorded in the transaction that did it.",
  tables,
  permissions: auditPermissions,
  // Owners and admins only, as the log itself; a member who opens the URL is told why it is empty.
  nav: { portal: [{ href: "/dashboard/audit", label: "nav.auditLog", order: 800, permission: { audit: ["read"] } }] },
  personalData: auditPersonalData,
  retention: [{ class: "audit_log", table: "audit_logs", column: "created_at", days: 400, description: "Audit log entries." }],
  owns: { routes: ["app/(api)/security", "app/(portal)/dashboard/audit"], files: ["components/audit", "tests/audit-log.int.test.ts", "e2e/audit.spec.ts"] },
  docs: "modules/audit.mdx",
});
