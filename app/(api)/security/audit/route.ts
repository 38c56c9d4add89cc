import { listTenantAudit } from "@/lib/audit";
import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";

/** The tenant's audit log, newest first (owners and admins). */
export const GET = route({ auth: "session", permission: { audit: ["read"] }, query: pageQuery }, ({ tenant, query }) =>
  listTenantAudit(tenant.tenantId, query),
);
