import { route } from "@/lib/app";
import { adminRequest, holdBody, holdRequest } from "@/lib/privacy/admin";

/** Puts a scheduled deletion on legal hold, with the reason (audited): the purge skips it until released. */
export const POST = route({ auth: "platformAdmin", body: holdBody, response: adminRequest }, ({ user, params, body }) => holdRequest(user.userId, params.requestId ?? "", body.reason));
