import { route } from "@/lib/app";
import { replyInput, replyToMyTicket } from "@/lib/support";
import { messageResponse } from "@/lib/support/responses";

/** The user's reply on their ticket; it reopens the ticket for the support team. */
export const POST = route({ auth: "session", body: replyInput, response: messageResponse, status: 201 }, ({ user, params, body }) =>
  replyToMyTicket(user, params.ticketId ?? "", body.body),
);
