import { z } from "zod";
import { route, tenantHooks } from "@/lib/app";
import { createOwnTenant, listUserTenants, tenantName } from "@/lib/tenants";
import { pageOf } from "@/lib/http/response";
import { createdTenantResponse, membershipResponse } from "@/lib/tenants/responses";

/** The tenants the caller belongs to, with their role in each. */
export const GET = route({ auth: "session", response: pageOf(membershipResponse) }, async ({ user }) => ({ data: await listUserTenants(user.userId), nextCursor: null }));

/** Creates a team tenant with the caller as owner. */
export const POST = route({ auth: "session", body: z.object({ name: tenantName }), response: createdTenantResponse, status: 201 }, ({ user, body }) =>
  createOwnTenant(user, { name: body.name }, tenantHooks),
);
