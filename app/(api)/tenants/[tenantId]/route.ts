import { z } from "zod";
import { route } from "@/lib/app";
import { noContent } from "@/lib/http";
import { deleteTenant, getTenant, tenantName, tenantSlug, updateTenant } from "@/lib/tenants";

export const GET = route({ auth: "session", tenant: true }, ({ tenant }) => getTenant(tenant));

const patch = z
  .object({ name: tenantName.optional(), slug: tenantSlug.optional() })
  .refine((v) => v.name !== undefined || v.slug !== undefined, "Send name or slug.");

export const PATCH = route({ auth: "session", permission: { organization: ["update"] }, body: patch }, ({ tenant, body }) =>
  updateTenant(tenant, body),
);

export const DELETE = route({ auth: "session", permission: { organization: ["delete"] } }, async ({ tenant }) => {
  await deleteTenant(tenant);
  return noContent();
});
