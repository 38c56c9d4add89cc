import { route } from "@/lib/app";
import { invitationResponse } from "@/lib/tenants/responses";
import { resendInvitation } from "@/lib/tenants";

/** Sends a pending invitation's email again. */
export const POST = route({ auth: "session", permission: { invitation: ["create"] }, response: invitationResponse }, ({ tenant, params }) =>
  resendInvitation(tenant, params.id ?? ""),
);
