import { route } from "@/lib/app";
import { joinWaitlist } from "@/lib/waitlist/entries";
import { joinInput, joinResponse } from "@/lib/waitlist/responses";

/**
 * Joins the waitlist and mails the position link (which confirms the address). An address already
 * on it keeps its place and is sent nothing new: the same 201. Ten joins an hour per client address.
 */
export const POST = route({ auth: "public", body: joinInput, response: joinResponse, status: 201 }, ({ req, body }) => joinWaitlist(req, body));
