import { route } from "@/lib/app";
import { extendTrial } from "@/lib/billing/admin-actions";
import { adminActionResponse, extendTrialInput } from "@/lib/billing/admin-schemas";

/** Adds `days` to the tenant's trial (a free tenant gets a new one). Audited as `billing.trial_extended`. */
export const POST = route({ auth: "platformAdmin", body: extendTrialInput, response: adminActionResponse }, ({ user, params, body }) =>
  extendTrial(user, { tenantId: params.tenantId ?? "", ...body }),
);
