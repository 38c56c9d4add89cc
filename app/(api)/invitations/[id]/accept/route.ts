import { route } from "@/lib/app";
import { respondToInvitation } from "@/lib/tenants";
import { setActiveTenant } from "@/lib/account";
import { invitationAnswer, invitationAnswerResponse } from "@/lib/tenants/responses";

/** Joins the tenant. Needs a verified address, or the `token` from the emailed link. */
export const POST = route({ auth: "session", body: invitationAnswer, response: invitationAnswerResponse }, async ({ user, params, body }) => {
  const result = await respondToInvitation(user, { invitationId: params.id ?? "", accept: true, token: body.token });
  await setActiveTenant(user, result.tenantId);
  return result;
});
