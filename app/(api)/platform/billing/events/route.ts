import { route } from "@/lib/app";
import { billingEventsQuery, listUnhandledBillingEvents } from "@/lib/billing/platform-events";
import { billingEventResponse } from "@/lib/billing/responses";
import { pageOf } from "@/lib/http/response";

/** Billing events kept but not acted on (`unreadable: …`, `ignored: …`), across tenants, newest first. */
export const GET = route({ auth: "platformAdmin", query: billingEventsQuery, response: pageOf(billingEventResponse) }, ({ query }) => listUnhandledBillingEvents(query));
