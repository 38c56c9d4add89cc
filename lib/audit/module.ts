import * as tables from "@/db/schema/audit";
import { defineModule } from "@/lib/manifest/define";
import { auditPermissions } from "./catalog";

export default defineModule({
  id: "audit",
  core: true,
  summary: "The tenant audit log: who did what, recorded in the transaction that did it.",
  tables,
  permissions: auditPermissions,
  personalData: [{ table: "audit_logs", userColumn: "actor_id", erase: { anonymize: ["actor_id", "ip_address", "user_agent"] } }],
  owns: { routes: ["app/(api)/security"] },
  docs: "modules/audit.mdx",
});
