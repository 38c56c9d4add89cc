import { z } from "zod";
import { route, tenantHooks } from "@/lib/app";
import { created } from "@/lib/http";
import { createOwnTenant, listUserTenants, tenantName } from "@/lib/tenants";

export const GET = route({ auth: "session" }, async ({ user }) => ({ data: await listUserTenants(user.userId), nextCursor: null }));

export const POST = route({ auth: "session", body: z.object({ name: tenantName }) }, async ({ user, body }) =>
  created(await createOwnTenant(user, { name: body.name }, tenantHooks)),
);
