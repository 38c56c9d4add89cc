import { z } from "zod";
import { route } from "@/lib/app";
import { banUser } from "@/lib/admin/user-actions";
import { reason } from "@/lib/admin/inputs";
import { userActionResponse } from "@/lib/admin/responses";

const body = z.object({ reason, expiresAt: z.coerce.date().nullish().describe("When the ban lifts by itself; omit to ban until unbanned.") });

/** Bans the user and ends all their sessions at once. */
export const POST = route({ auth: "platformAdmin", body, response: userActionResponse }, ({ user, params, body }) => banUser(user, params.userId ?? "", body));
