import { route } from "@/lib/http";
import { resendInvitation } from "@/lib/tenants";

export const POST = route({ auth: "session", permission: { invitation: ["create"] } }, ({ tenant, params }) =>
  resendInvitation(tenant, params.id ?? ""),
);
