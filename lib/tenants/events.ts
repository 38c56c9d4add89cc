import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

const tenantId = "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R";
const role = z.enum(["owner", "admin", "member", "viewer", "guest"]);

/** What the tenants module publishes (outgoing webhooks send these). */
export const tenantEvents = {
  "member.added": defineEvent({
    description: "Someone accepted an invitation and joined the tenant.",
    schema: z.object({ tenantId: z.string(), memberId: z.string(), userId: z.string(), role, invitationId: z.string() }),
    example: { tenantId, memberId: "mem_01JD3ZC4X1Y2Z3A4B5C6D7E8F9", userId: "usr_01JD3ZC9A8B7C6D5E4F3G2H1J0", role: "member", invitationId: "inv_01JD3ZC2Q3R4S5T6U7V8W9X0Y1" },
  }),
  "member.removed": defineEvent({
    description: "A member was removed from the tenant (`reason: removed`) or left it (`reason: left`).",
    schema: z.object({ tenantId: z.string(), memberId: z.string(), userId: z.string(), role, reason: z.enum(["removed", "left"]) }),
    example: { tenantId, memberId: "mem_01JD3ZC4X1Y2Z3A4B5C6D7E8F9", userId: "usr_01JD3ZC9A8B7C6D5E4F3G2H1J0", role: "member", reason: "removed" },
  }),
  "member.role_changed": defineEvent({
    description: "A member's role changed.",
    schema: z.object({ tenantId: z.string(), memberId: z.string(), userId: z.string(), from: role, to: role }),
    example: { tenantId, memberId: "mem_01JD3ZC4X1Y2Z3A4B5C6D7E8F9", userId: "usr_01JD3ZC9A8B7C6D5E4F3G2H1J0", from: "member", to: "admin" },
  }),
  "invitation.created": defineEvent({
    description: "Someone was invited to the tenant.",
    schema: z.object({ tenantId: z.string(), invitationId: z.string(), email: z.string(), role }),
    example: { tenantId, invitationId: "inv_01JD3ZC2Q3R4S5T6U7V8W9X0Y1", email: "newhire@example.com", role: "member" },
  }),
};
