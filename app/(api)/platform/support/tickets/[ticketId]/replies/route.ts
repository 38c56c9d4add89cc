import { route } from "@/lib/app";
import { replyAsStaff, staffReplyInput } from "@/lib/support";
import { messageResponse } from "@/lib/support/responses";

/** Answers the reporter (by email too); the ticket becomes `pending` unless `status` says otherwise. */
export const POST = route({ auth: "platformAdmin", body: staffReplyInput, response: messageResponse, status: 201 }, ({ user, params, body }) =>
  replyAsStaff(user, params.ticketId ?? "", body),
);
