import * as tables from "@/db/schema/audit";
import { defineModule } from "@/lib/manifest/define";
import { auditPermissions } from "./catalog";

export default defineModule({
  id: "audit",
  core: true,
  summary: "The tenant audit log: who did what, recorded in the transaction that did it.",
  tables,
  permissions: auditPermissions,
  // Owners and admins only, as the log itself; a member who opens the URL is told why it is empty.
  nav: { portal: [{ href: "/dashboard/audit", label: "nav.auditLog", order: 800, permission: { audit: ["read"] } }] },
  personalData: [{ table: "audit_logs", userColumn: "actor_id", erase: { anonymize: ["actor_id", "ip_address", "user_agent"] } }],
  owns: { routes: ["app/(api)/security", "app/(portal)/dashboard/audit"], files: ["components/audit", "tests/audit-log.int.test.ts", "e2e/audit.spec.ts"] },
  docs: "modules/audit.mdx",
});
