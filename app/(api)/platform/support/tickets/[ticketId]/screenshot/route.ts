import { route } from "@/lib/app";
import { screenshotResponse, screenshotTypes } from "@/lib/support";
import { screenshotImageResponse } from "@/lib/support/responses";

/** A ticket's screenshot, for the support team. */
export const GET = route({ auth: "platformAdmin", response: screenshotImageResponse, responseTypes: screenshotTypes }, ({ params }) => screenshotResponse(params.ticketId ?? ""));
