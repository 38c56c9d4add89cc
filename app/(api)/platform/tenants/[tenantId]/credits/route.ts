import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { tenants } from "@/db/schema/tenants";
import { adjustCredits } from "@/lib/credits";
import { route } from "@/lib/app";
import { errors } from "@/lib/errors";

const adjustment = z.object({
  /** Positive grants, negative deducts. */
  amount: z.number().int().refine((n) => n !== 0, "Must not be zero."),
  reason: z.string().trim().min(3).max(500),
  /** Makes a double-clicked or retried adjustment count once. */
  idempotencyKey: z.string().min(8).max(200),
});

/** A platform admin's manual credit correction for a tenant; audited as `credits.adjusted`. */
export const POST = route({ auth: "platformAdmin", body: adjustment }, async ({ user, params, body }) => {
  const [tenant] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, params.tenantId ?? ""));
  if (!tenant) throw errors.notFound("Tenant");
  return adjustCredits(user, { tenantId: tenant.id, ...body });
});
