import { route } from "@/lib/app";
import { inviteFromWaitlist } from "@/lib/waitlist/invite";
import { inviteInput, inviteResponse } from "@/lib/waitlist/responses";

/** Invites the first `count` confirmed people in line, or the entries in `ids`: each gets a sign-up link. Audited. */
export const POST = route({ auth: "platformAdmin", body: inviteInput, response: inviteResponse }, ({ user, body }) => inviteFromWaitlist(user, body));
