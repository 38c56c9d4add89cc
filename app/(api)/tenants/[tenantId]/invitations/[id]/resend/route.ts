import { route } from "@/lib/app";
import { resendInvitation } from "@/lib/tenants";

export const POST = route({ auth: "session", permission: { invitation: ["create"] } }, ({ tenant, params }) =>
  resendInvitation(tenant, params.id ?? ""),
);
