import { route } from "@/lib/app";
import { respondToInvitation } from "@/lib/tenants";

export const POST = route({ auth: "session" }, ({ user, params }) =>
  respondToInvitation(user, { invitationId: params.id ?? "", accept: false }),
);
