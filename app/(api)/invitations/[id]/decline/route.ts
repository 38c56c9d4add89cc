import { route } from "@/lib/app";
import { respondToInvitation } from "@/lib/tenants";
import { invitationAnswerResponse } from "@/lib/tenants/responses";

export const POST = route({ auth: "session", response: invitationAnswerResponse }, ({ user, params }) =>
  respondToInvitation(user, { invitationId: params.id ?? "", accept: false }),
);
