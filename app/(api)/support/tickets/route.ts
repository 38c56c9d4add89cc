import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { createTicket, createTicketInput, listMyTickets } from "@/lib/support";
import { createdTicketResponse, ticketPageResponse } from "@/lib/support/responses";

/** The caller's own tickets, newest first. */
export const GET = route({ auth: "session", query: pageQuery, response: ticketPageResponse }, ({ user, query }) => listMyTickets(user, query));

/** Reports a problem; the browser (User-Agent) and the tenant (X-Tenant-Id, else the active one) are read from the request. */
export const POST = route({ auth: "session", body: createTicketInput, response: createdTicketResponse, status: 201 }, ({ user, body, req }) =>
  createTicket(user, body, req.headers.get("x-tenant-id")),
);
