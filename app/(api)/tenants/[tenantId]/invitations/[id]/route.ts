import { route } from "@/lib/app";
import { cancelInvitation } from "@/lib/tenants";

/** Revokes a pending invitation. */
export const DELETE = route({ auth: "session", permission: { invitation: ["cancel"] }, status: 204 }, async ({ tenant, params }) => {
  await cancelInvitation(tenant, params.id ?? "");
});
