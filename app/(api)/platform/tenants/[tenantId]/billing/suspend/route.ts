import { route } from "@/lib/app";
import { suspendTenantBilling } from "@/lib/billing/admin-actions";
import { adminActionResponse, adminReasonInput } from "@/lib/billing/admin-schemas";

/** Suspends the tenant (paid features answer 402); 409 `billing_action_not_allowed` from free or canceled. Audited as `billing.suspended`. */
export const POST = route({ auth: "platformAdmin", body: adminReasonInput, response: adminActionResponse }, ({ user, params, body }) =>
  suspendTenantBilling(user, { tenantId: params.tenantId ?? "", ...body }),
);
