import { z } from "zod";
import { assignableRoles } from "@/lib/auth/roles";
import { can, memberRemovedHooks, route } from "@/lib/app";
import { errors } from "@/lib/errors";
import { changeMemberRole, findMembership, removeMember } from "@/lib/tenants";
import { roleChangeResponse } from "@/lib/tenants/responses";

/** Changes a member's role (never the last owner's). */
export const PATCH = route(
  { auth: "session", permission: { member: ["update"] }, body: z.object({ role: z.enum(assignableRoles) }), response: roleChangeResponse },
  ({ tenant, params, body }) => changeMemberRole(tenant, { memberId: params.memberId ?? "", role: body.role }),
);

/** Removes a member; any member may remove themselves (leave), which needs no permission. */
export const DELETE = route({ auth: "session", tenant: true, status: 204 }, async ({ tenant, params }) => {
  const memberId = params.memberId ?? "";
  const self = tenant.userId ? await findMembership(tenant.userId, tenant.tenantId) : null;
  if (self?.memberId !== memberId && !can(tenant.role, { member: ["delete"] })) throw errors.forbidden();
  await removeMember(tenant, { memberId }, memberRemovedHooks);
});
