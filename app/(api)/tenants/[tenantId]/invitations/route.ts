import { z } from "zod";
import { assignableRoles } from "@/lib/auth/roles";
import { route } from "@/lib/app";
import { pageOf } from "@/lib/http/response";
import { invitationResponse } from "@/lib/tenants/responses";
import { pageQuery } from "@/lib/http";
import { createInvitation, listInvitations } from "@/lib/tenants";

const listQuery = pageQuery.extend({ status: z.enum(["pending", "accepted", "rejected", "canceled"]).optional() });

/** The tenant's pending invitations. */
export const GET = route({ auth: "session", permission: { invitation: ["read"] }, query: listQuery, response: pageOf(invitationResponse) }, ({ tenant, query }) =>
  listInvitations(tenant, query),
);

const invite = z.object({ email: z.email().max(254), role: z.enum(assignableRoles) });

/** Invites someone by email with a role; the email goes out when the change commits. */
export const POST = route(
  { auth: "session", permission: { invitation: ["create"] }, body: invite, response: invitationResponse, status: 201 },
  ({ tenant, body }) => createInvitation(tenant, body),
);
