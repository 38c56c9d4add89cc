import { route } from "@/lib/app";
import { endComp } from "@/lib/billing/admin-actions";
import { adminActionResponse, adminReasonInput } from "@/lib/billing/admin-schemas";

/** Ends a complimentary plan: the tenant falls back to free. Audited as `billing.comp_ended`. */
export const POST = route({ auth: "platformAdmin", body: adminReasonInput, response: adminActionResponse }, ({ user, params, body }) =>
  endComp(user, { tenantId: params.tenantId ?? "", ...body }),
);
