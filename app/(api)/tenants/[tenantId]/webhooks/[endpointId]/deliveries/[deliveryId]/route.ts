import { route } from "@/lib/app";
import { getDelivery } from "@/lib/webhooks";
import { deliveryDetailResponse } from "@/lib/webhooks/responses";

/** The message sent and each attempt's answer (status, first 1 KB of the body, duration). */
export const GET = route({ auth: ["session", "apiKey"], permission: { webhook: ["read"] }, response: deliveryDetailResponse }, ({ tenant, params }) =>
  getDelivery(tenant, params.endpointId ?? "", params.deliveryId ?? ""),
);
