import { route } from "@/lib/app";
import { assertOwnTicket, readScreenshotBody, screenshotResponse, screenshotTypes, storeScreenshot } from "@/lib/support";
import { screenshotImageResponse, screenshotResponseBody } from "@/lib/support/responses";

/**
 * Attaches a screenshot: the raw image as the body (PNG, JPEG or WebP, at most 2 MB). Its type is
 * read from the bytes, whatever the Content-Type says: another file answers 415, a larger one 413.
 */
export const POST = route({ auth: "session", response: screenshotResponseBody, status: 201 }, async ({ user, params, req }) => {
  const ticketId = params.ticketId ?? "";
  await assertOwnTicket(user, ticketId);
  return storeScreenshot(ticketId, await readScreenshotBody(req));
});

/** The ticket's screenshot, for its reporter. */
export const GET = route({ auth: "session", response: screenshotImageResponse, responseTypes: screenshotTypes }, async ({ user, params }) => {
  const ticketId = params.ticketId ?? "";
  await assertOwnTicket(user, ticketId);
  return screenshotResponse(ticketId);
});
