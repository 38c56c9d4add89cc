import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the support module names: its ids and errors (see module.ts). */
export const supportIds = defineIdPrefixes({ supportTicket: "tkt", supportMessage: "tkmsg" });

export const supportError = defineErrors({
  /** A screenshot over 2 MB. */
  screenshot_too_large: "too_large",
  /** A screenshot whose bytes are not PNG, JPEG or WebP (whatever its Content-Type said). */
  screenshot_type_not_allowed: "unsupported_media",
  /** The ticket has its screenshot already: one per ticket. */
  screenshot_exists: "conflict",
  /** Tickets are assigned to platform admins only. */
  assignee_not_admin: "unprocessable",
});

export const ticketStatuses = ["open", "pending", "solved"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
