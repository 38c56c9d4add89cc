import { route } from "@/lib/app";
import { noContent } from "@/lib/http";
import { cancelInvitation } from "@/lib/tenants";

export const DELETE = route({ auth: "session", permission: { invitation: ["cancel"] } }, async ({ tenant, params }) => {
  await cancelInvitation(tenant, params.id ?? "");
  return noContent();
});
