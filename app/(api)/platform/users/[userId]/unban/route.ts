import { route } from "@/lib/app";
import { unbanUser } from "@/lib/admin/user-actions";
import { withReason } from "@/lib/admin/inputs";
import { userActionResponse } from "@/lib/admin/responses";

/** Lifts a user's ban, with a reason (platform admins; audited). */
export const POST = route({ auth: "platformAdmin", body: withReason, response: userActionResponse }, ({ user, params, body }) => unbanUser(user, params.userId ?? "", body));
