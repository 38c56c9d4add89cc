import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** A row of `GET /tenants/:tenantId/members`. */
export const memberResponse = z.object({
  id: z.string().describe("mem_…"),
  userId: z.string(),
  role: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: timestamp,
});

/** An invitation as the invitation routes answer it. */
export const invitationResponse = z.object({
  id: z.string().describe("inv_…"),
  email: z.string(),
  role: z.string(),
  status: z.string().describe("pending | accepted | rejected | canceled"),
  expiresAt: timestamp,
  createdAt: timestamp,
});

export type MemberResponse = ResponseOf<typeof memberResponse>;
export type InvitationResponse = ResponseOf<typeof invitationResponse>;

/** A tenant the caller belongs to, with their role in it. */
export const membershipResponse = z.object({ id: z.string().describe("org_…"), name: z.string(), slug: z.string(), role: z.string() });

/** `GET /tenants/:tenantId`: the tenant, its plan and standing, and the caller's role. */
export const tenantResponse = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  createdAt: timestamp,
  plan: z.string(),
  planState: z.string(),
  role: z.string(),
});

/** `POST /tenants`. */
export const createdTenantResponse = z.object({ id: z.string(), name: z.string(), slug: z.string() });

/** An invitation addressed to the caller (`GET /me/invitations`), with the tenant it is for. */
export const myInvitationResponse = invitationResponse.extend({ tenantId: z.string(), tenantName: z.string() });

/** The body of accepting or declining: the token from the emailed link, unless the address is verified. */
export const invitationAnswer = z.object({
  token: z.string().min(1).max(200).optional().describe("The `token` query parameter of the link in the invitation email."),
});

/** Accepting or declining an invitation. */
export const invitationAnswerResponse = z.object({ tenantId: z.string(), role: z.string(), status: z.string() });

/** A role change. */
export const roleChangeResponse = z.object({ id: z.string(), userId: z.string(), role: z.string() });

/** `POST /tenants/:tenantId/transfer`. */
export const transferResponse = z.object({ ownerMemberId: z.string(), previousOwnerMemberId: z.string() });

export type MembershipResponse = ResponseOf<typeof membershipResponse>;
export type TenantResponse = ResponseOf<typeof tenantResponse>;
export type MyInvitationResponse = ResponseOf<typeof myInvitationResponse>;

/** `GET /iam-roles`: every resource's actions, the API-key scopes, and what each role may do. */
export const rolesResponse = z.object({
  resources: z.record(z.string(), z.array(z.string()).readonly()),
  scopes: z.array(z.string()),
  data: z.array(z.object({ name: z.string(), permissions: z.record(z.string(), z.array(z.string()).readonly()) })),
});
