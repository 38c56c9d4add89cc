import { z } from "zod";
import { route } from "@/lib/app";
import { adjustCredits } from "@/lib/credits";


const adjustment = z.object({
  /** Positive grants, negative deducts. */
  amount: z.number().int().refine((n) => n !== 0, "Must not be zero."),
  reason: z.string().trim().min(3).max(500),
  /** Makes a double-clicked or retried adjustment count once. */
  idempotencyKey: z.string().min(8).max(200),
});

/** A platform admin's manual credit correction for a tenant; audited as `credits.adjusted`. */
export const POST = route({ auth: "platformAdmin", body: adjustment, response: z.object({ balance: z.number().int(), duplicate: z.boolean(), entryId: z.string() }) }, ({ user, params, body }) =>
  adjustCredits(user, { tenantId: params.tenantId ?? "", ...body }),
);
