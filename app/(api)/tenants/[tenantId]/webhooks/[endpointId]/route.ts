import { publishedEventTypes, route } from "@/lib/app";
import { deleteEndpoint, getEndpoint, updateEndpoint, updateEndpointInput } from "@/lib/webhooks";
import { endpointResponse } from "@/lib/webhooks/responses";

/** One webhook endpoint with its event types and state. */
export const GET = route({ auth: ["session", "apiKey"], permission: { webhook: ["read"] }, response: endpointResponse }, ({ tenant, params }) =>
  getEndpoint(tenant, params.endpointId ?? ""),
);

/** Changes the URL, events or description; `enabled: true` turns a disabled endpoint back on. */
export const PATCH = route({ auth: ["session", "apiKey"], permission: { webhook: ["update"] }, body: updateEndpointInput, response: endpointResponse }, ({ tenant, params, body }) =>
  updateEndpoint(tenant, params.endpointId ?? "", body, publishedEventTypes),
);

/** Deletes a webhook endpoint (it is disabled and hidden; the deletion is audited). */
export const DELETE = route({ auth: ["session", "apiKey"], permission: { webhook: ["delete"] }, status: 204 }, async ({ tenant, params }) => {
  await deleteEndpoint(tenant, params.endpointId ?? "");
});
