/**
 * The support module: users report problems from the portal (with the page, request id and
 * browser, and a screenshot), follow the thread on their tickets; platform admins answer from the
 * admin inbox, and each answer emails the user.
 */
export { createTicket, listMyTickets, getMyTicket, assertOwnTicket, replyToMyTicket } from "./tickets";
export { listInbox, getTicketForStaff, updateTicket, replyAsStaff, listSupportStaff } from "./inbox";
export { readScreenshotBody, storeScreenshot, screenshotResponse } from "./screenshots";
export { maxScreenshotBytes, screenshotTypes, sniffScreenshotType } from "./screenshot-type";
export { createTicketInput, replyInput, staffReplyInput, updateTicketInput, inboxQuery } from "./schemas";
export { ticketStatuses, type TicketStatus } from "./catalog";
