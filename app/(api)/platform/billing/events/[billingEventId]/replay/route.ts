import { route } from "@/lib/app";
import { replayBillingEvent } from "@/lib/billing/replay";
import { replayResponse } from "@/lib/billing/responses";

/** Reads a kept event's payload again and applies it once; 409 `billing_event_already_applied` if it was. Audited. */
export const POST = route({ auth: "platformAdmin", response: replayResponse }, ({ user, params }) => replayBillingEvent(user, params.billingEventId ?? ""));
