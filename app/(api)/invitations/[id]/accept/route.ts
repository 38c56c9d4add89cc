import { route } from "@/lib/app";
import { respondToInvitation } from "@/lib/tenants";
import { setActiveTenant } from "@/lib/account";
import { invitationAnswerResponse } from "@/lib/tenants/responses";

export const POST = route({ auth: "session", response: invitationAnswerResponse }, async ({ user, params }) => {
  const result = await respondToInvitation(user, { invitationId: params.id ?? "", accept: true });
  await setActiveTenant(user, result.tenantId);
  return result;
});
