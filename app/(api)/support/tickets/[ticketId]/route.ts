import { route } from "@/lib/app";
import { getMyTicket } from "@/lib/support";
import { ticketResponse } from "@/lib/support/responses";

/** One of the caller's tickets with its thread; anyone else's answers 404. */
export const GET = route({ auth: "session", response: ticketResponse }, ({ user, params }) => getMyTicket(user, params.ticketId ?? ""));
