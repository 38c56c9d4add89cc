import { route } from "@/lib/app";
import { deliverWebhookJob, replayDelivery } from "@/lib/webhooks";
import { queuedMessageResponse } from "@/lib/webhooks/responses";

/** Sends the message again now, with the same `webhook-id`. */
export const POST = route({ auth: ["session", "apiKey"], permission: { webhook: ["update"] }, response: queuedMessageResponse, status: 202 }, ({ tenant, params }) =>
  replayDelivery(tenant, deliverWebhookJob, params.endpointId ?? "", params.deliveryId ?? ""),
);
