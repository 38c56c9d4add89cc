import { route } from "@/lib/app";
import { respondToInvitation } from "@/lib/tenants";
import { invitationAnswer, invitationAnswerResponse } from "@/lib/tenants/responses";

/** Declines, with the same proof as accepting: nobody declines an invitation meant for someone else. */
export const POST = route({ auth: "session", body: invitationAnswer, response: invitationAnswerResponse }, ({ user, params, body }) =>
  respondToInvitation(user, { invitationId: params.id ?? "", accept: false, token: body.token }),
);
