import { route } from "@/lib/app";
import { revokeSession } from "@/lib/account";

/** Signs out one of the caller's sessions. */
export const DELETE = route({ auth: "session", status: 204 }, async ({ user, params }) => {
  await revokeSession(user, params.id ?? "");
});
