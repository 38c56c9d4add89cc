import { route } from "@/lib/app";
import { unbanUser } from "@/lib/admin/user-actions";
import { withReason } from "@/lib/admin/inputs";
import { userActionResponse } from "@/lib/admin/responses";

export const POST = route({ auth: "platformAdmin", body: withReason, response: userActionResponse }, ({ user, params, body }) => unbanUser(user, params.userId ?? "", body));
