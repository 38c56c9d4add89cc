import { z } from "zod";
import { route } from "@/lib/app";
import { deliverWebhookJob, recoverFailed, recoverInput } from "@/lib/webhooks";

/** Replays every delivery to this endpoint that failed since `since` (up to 30 days back). */
export const POST = route(
  { auth: ["session", "apiKey"], permission: { webhook: ["update"] }, body: recoverInput, response: z.object({ count: z.number().int() }), status: 202 },
  ({ tenant, params, body }) => recoverFailed(tenant, deliverWebhookJob, params.endpointId ?? "", body.since),
);
