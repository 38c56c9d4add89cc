import { route } from "@/lib/app";
import { listInvitationsForUser } from "@/lib/tenants";

/** Pending invitations addressed to the caller's email. */
export const GET = route({ auth: "session" }, async ({ user }) => ({ data: await listInvitationsForUser(user), nextCursor: null }));
