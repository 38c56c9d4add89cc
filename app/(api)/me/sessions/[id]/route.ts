import { route } from "@/lib/app";
import { noContent } from "@/lib/http";
import { revokeSession } from "@/lib/account";

export const DELETE = route({ auth: "session" }, async ({ user, params }) => {
  await revokeSession(user, params.id ?? "");
  return noContent();
});
