import { route } from "@/lib/app";
import { signOutEverywhere } from "@/lib/admin/user-actions";
import { withReason } from "@/lib/admin/inputs";
import { userActionResponse } from "@/lib/admin/responses";

/** Ends every session the user has. */
export const POST = route({ auth: "platformAdmin", body: withReason, response: userActionResponse }, ({ user, params, body }) => signOutEverywhere(user, params.userId ?? "", body));
