import { route } from "@/lib/app";
import { screenshotResponse } from "@/lib/support";

/** A ticket's screenshot, for the support team. */
export const GET = route({ auth: "platformAdmin" }, ({ params }) => screenshotResponse(params.ticketId ?? ""));
