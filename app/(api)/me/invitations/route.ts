import { route } from "@/lib/app";
import { listInvitationsForUser } from "@/lib/tenants";
import { pageOf } from "@/lib/http/response";
import { myInvitationResponse } from "@/lib/tenants/responses";

/** Pending invitations addressed to the caller's email. */
export const GET = route({ auth: "session", response: pageOf(myInvitationResponse) }, async ({ user }) => ({ data: await listInvitationsForUser(user), nextCursor: null }));
