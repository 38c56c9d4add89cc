import { route } from "@/lib/app";
import { compPlan } from "@/lib/billing/admin-actions";
import { adminActionResponse, compInput } from "@/lib/billing/admin-schemas";

/** Gives the tenant `plan` for free (no subscription, no revenue); 409 while it has a live subscription. Audited as `billing.comped`. */
export const POST = route({ auth: "platformAdmin", body: compInput, response: adminActionResponse }, ({ user, params, body }) =>
  compPlan(user, { tenantId: params.tenantId ?? "", ...body }),
);
