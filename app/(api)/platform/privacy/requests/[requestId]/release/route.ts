import { route } from "@/lib/app";
import { adminRequest, releaseRequest } from "@/lib/privacy/admin";

/** Lifts a legal hold (audited): the deletion is due again and purged at the next hourly sweep if its date has passed. */
export const POST = route({ auth: "platformAdmin", response: adminRequest }, ({ user, params }) => releaseRequest(user.userId, params.requestId ?? ""));
