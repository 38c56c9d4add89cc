import { z } from "zod";
import { route, tenantDeletedHooks } from "@/lib/app";
import { deleteTenant, getTenant, tenantName, tenantSlug, updateTenant } from "@/lib/tenants";
import { tenantResponse } from "@/lib/tenants/responses";

/** One tenant the caller belongs to. */
export const GET = route({ auth: "session", tenant: true, response: tenantResponse }, ({ tenant }) => getTenant(tenant));

const patch = z
  .object({ name: tenantName.optional(), slug: tenantSlug.optional() })
  .refine((v) => v.name !== undefined || v.slug !== undefined, "Send name or slug.");

/** Renames a tenant or changes its slug. */
export const PATCH = route({ auth: "session", permission: { organization: ["update"] }, body: patch, response: tenantResponse }, ({ tenant, body }) =>
  updateTenant(tenant, body),
);

/** Deletes a tenant (owners only); installed modules clean up after it (e.g. its API keys are revoked). */
export const DELETE = route({ auth: "session", permission: { organization: ["delete"] }, status: 204 }, async ({ tenant }) => {
  await deleteTenant(tenant, tenantDeletedHooks);
});
