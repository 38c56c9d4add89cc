import { route } from "@/lib/app";
import { cancelInvitation } from "@/lib/tenants";

export const DELETE = route({ auth: "session", permission: { invitation: ["cancel"] }, status: 204 }, async ({ tenant, params }) => {
  await cancelInvitation(tenant, params.id ?? "");
});
