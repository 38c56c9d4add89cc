import { z } from "zod";
import { assignableRoles } from "@/lib/auth/roles";
import { route } from "@/lib/app";
import { created, pageQuery } from "@/lib/http";
import { createInvitation, listInvitations } from "@/lib/tenants";

const listQuery = pageQuery.extend({ status: z.enum(["pending", "accepted", "rejected", "canceled"]).optional() });

export const GET = route({ auth: "session", permission: { invitation: ["read"] }, query: listQuery }, ({ tenant, query }) =>
  listInvitations(tenant, query),
);

const invite = z.object({ email: z.email().max(254), role: z.enum(assignableRoles) });

export const POST = route({ auth: "session", permission: { invitation: ["create"] }, body: invite }, async ({ tenant, body }) =>
  created(await createInvitation(tenant, body)),
);
