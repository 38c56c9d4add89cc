import { z } from "zod";
import { pageQuery } from "@/lib/http/pagination";
import { ticketStatuses } from "./catalog";

const subject = z.string().trim().min(1, "Say what went wrong in a few words.").max(200);
const body = z.string().trim().min(1, "Describe the problem.").max(10_000);

/** `POST /support/tickets`: user, tenant and browser come from the request, not from here. */
export const createTicketInput = z.object({
  subject,
  body,
  /** The request id the user saw: an error envelope's `requestId`, or a page error's digest. */
  requestId: z.string().trim().max(100).optional(),
  /** The page the problem happened on. */
  url: z.string().trim().max(2000).optional(),
});

export const replyInput = z.object({ body });

/** A staff reply; it sets the ticket `pending` (waiting on the user) unless told otherwise. */
export const staffReplyInput = z.object({ body, status: z.enum(ticketStatuses).optional() });

export const updateTicketInput = z
  .object({ status: z.enum(ticketStatuses), assigneeId: z.string().max(64).nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field.");

/** The admin inbox's filters; `assignee=none` lists unassigned tickets. */
export const inboxQuery = pageQuery.extend({
  status: z.enum(ticketStatuses).optional(),
  assignee: z.string().max(64).optional(),
});

export type CreateTicketInput = z.output<typeof createTicketInput>;
export type UpdateTicketInput = z.output<typeof updateTicketInput>;
export type InboxQuery = z.output<typeof inboxQuery>;
