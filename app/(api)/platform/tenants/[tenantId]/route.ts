import { route } from "@/lib/app";
import { tenantDetail } from "@/lib/admin/tenants";
import { adminTenantDetailResponse } from "@/lib/admin/responses";
import { errors } from "@/lib/errors";

/** A tenant with its members and audit log (other modules' figures are on its admin page). */
export const GET = route({ auth: "platformAdmin", response: adminTenantDetailResponse }, async ({ params }) => {
  const detail = await tenantDetail(params.tenantId ?? "");
  if (!detail) throw errors.notFound("Tenant");
  return detail;
});
