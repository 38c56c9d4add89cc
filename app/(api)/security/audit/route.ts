import { auditQuery, listTenantAudit } from "@/lib/audit";
import { route } from "@/lib/app";
import { requireFeature } from "@/lib/plans";
import { pageOf } from "@/lib/http/response";
import { auditEntryResponse } from "@/lib/audit/responses";

/**
 * The tenant's audit log, newest first (owners and admins, on plans with `audit_log`). Optional
 * filters: `action`, `actor` (user id or email), `from` and `to` (ISO day or instant).
 */
export const GET = route({ auth: "session", permission: { audit: ["read"] }, query: auditQuery, response: pageOf(auditEntryResponse) }, async ({ tenant, query }) => {
  await requireFeature(tenant.tenantId, "audit_log");
  return listTenantAudit(tenant, query);
});
