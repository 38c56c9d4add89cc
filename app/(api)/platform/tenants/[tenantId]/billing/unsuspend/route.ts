import { route } from "@/lib/app";
import { unsuspendTenantBilling } from "@/lib/billing/admin-actions";
import { adminActionResponse, adminReasonInput } from "@/lib/billing/admin-schemas";

/** Lifts a suspension: back to the standing it was suspended from (dunning with fresh grace). Audited as `billing.unsuspended`. */
export const POST = route({ auth: "platformAdmin", body: adminReasonInput, response: adminActionResponse }, ({ user, params, body }) =>
  unsuspendTenantBilling(user, { tenantId: params.tenantId ?? "", ...body }),
);
