import { z } from "zod";
import { pageOf, timestamp, type ResponseOf } from "@/lib/http/response";
import { ticketStatuses } from "./catalog";

const status = z.enum(ticketStatuses);

export const createdTicketResponse = z.object({ id: z.string(), status: z.literal("open") });

export const ticketSummaryResponse = z.object({ id: z.string(), subject: z.string(), status, createdAt: timestamp, updatedAt: timestamp });

export const messageResponse = z.object({ id: z.string(), authorRole: z.enum(["user", "staff"]), body: z.string(), createdAt: timestamp });

export const ticketResponse = ticketSummaryResponse.extend({
  body: z.string(),
  requestId: z.string().nullable(),
  url: z.string().nullable(),
  userAgent: z.string().nullable(),
  tenantId: z.string().nullable(),
  hasScreenshot: z.boolean(),
  messages: z.array(messageResponse),
});

export const ticketPageResponse = pageOf(ticketSummaryResponse);

export const inboxPageResponse = pageOf(
  ticketSummaryResponse.extend({ assigneeId: z.string().nullable(), reporterEmail: z.string(), reporterName: z.string() }),
);

export const staffTicketResponse = ticketResponse.extend({
  assigneeId: z.string().nullable(),
  reporter: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  tenant: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const updatedTicketResponse = z.object({ id: z.string(), status, assigneeId: z.string().nullable() });

export const screenshotResponseBody = z.object({ contentType: z.string(), size: z.number() });

export type TicketSummary = ResponseOf<typeof ticketSummaryResponse>;
export type TicketMessage = ResponseOf<typeof messageResponse>;
export type CreatedTicket = ResponseOf<typeof createdTicketResponse>;

/** The screenshot itself: its bytes, typed by what they are (PNG, JPEG or WebP). */
export const screenshotImageResponse = z.string().describe("The image bytes, `Content-Type: image/png`, `image/jpeg` or `image/webp` (from the file's magic bytes), `X-Content-Type-Options: nosniff`.");
