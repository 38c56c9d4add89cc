import { z } from "zod";

/** Why a platform admin acts on a tenant's billing: required, kept in the audit log the tenant's owner reads. */
const reason = z.string().trim().min(3, "Give a reason of at least 3 characters.").max(500);

/** `POST /platform/tenants/:id/billing/{suspend,unsuspend,end-comp}`. */
export const adminReasonInput = z.object({ reason });

/** `POST /platform/tenants/:id/billing/extend-trial`: days added to the trial (a free tenant gets a new one from now). */
export const extendTrialInput = z.object({ days: z.number().int().min(1).max(90), reason });

/** `POST /platform/tenants/:id/billing/comp`: a plan given for free (its entitlements, no subscription, no revenue). */
export const compInput = z.object({ plan: z.enum(["starter", "pro", "enterprise"]), reason });

/** What every platform billing action answers: the tenant's standing after it. */
export const adminActionResponse = z.object({
  tenantId: z.string(),
  state: z.string(),
  plan: z.string(),
  trialEndsAt: z.string().nullable(),
  graceUntil: z.string().nullable(),
  comped: z.boolean(),
});
export type AdminActionResponse = z.infer<typeof adminActionResponse>;
