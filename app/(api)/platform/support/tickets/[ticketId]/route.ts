import { route } from "@/lib/app";
import { getTicketForStaff, updateTicket, updateTicketInput } from "@/lib/support";
import { staffTicketResponse, updatedTicketResponse } from "@/lib/support/responses";

/** One support ticket with its messages (platform admins). */
export const GET = route({ auth: "platformAdmin", response: staffTicketResponse }, ({ params }) => getTicketForStaff(params.ticketId ?? ""));

/** Sets the status and/or the assignee (a platform admin's id, or null). */
export const PATCH = route({ auth: "platformAdmin", body: updateTicketInput, response: updatedTicketResponse }, ({ params, body }) =>
  updateTicket(params.ticketId ?? "", body),
);
