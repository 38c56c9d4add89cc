import { route } from "@/lib/app";
import { deliverWebhookJob, sendTestEvent } from "@/lib/webhooks";
import { queuedMessageResponse } from "@/lib/webhooks/responses";

/** Queues a `webhook.test` message to this endpoint; its delivery shows in the log. */
export const POST = route({ auth: ["session", "apiKey"], permission: { webhook: ["update"] }, response: queuedMessageResponse, status: 202 }, ({ tenant, params }) =>
  sendTestEvent(tenant, deliverWebhookJob, params.endpointId ?? ""),
);
