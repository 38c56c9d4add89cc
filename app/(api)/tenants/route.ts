import { z } from "zod";
import { db } from "@/db/client";
import { route, tenantHooks } from "@/lib/app";
import { created } from "@/lib/http";
import { createTenant, listUserTenants, tenantName } from "@/lib/tenants";

export const GET = route({ auth: "session" }, async ({ user }) => ({ data: await listUserTenants(user.userId), nextCursor: null }));

export const POST = route({ auth: "session", body: z.object({ name: tenantName }) }, async ({ user, body }) => {
  const tenant = await db.transaction((tx) =>
    createTenant(tx, { name: body.name, ownerId: user.userId, requestMeta: { ipAddress: user.ipAddress, userAgent: user.userAgent } }, tenantHooks),
  );
  return created(tenant);
});
