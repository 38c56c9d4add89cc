import { publishedEventTypes, route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { pageOf } from "@/lib/http/response";
import { requireFeature } from "@/lib/plans";
import { createEndpoint, createEndpointInput, listEndpoints } from "@/lib/webhooks";
import { createdEndpointResponse, endpointResponse } from "@/lib/webhooks/responses";

/** The tenant's webhook endpoints. */
export const GET = route({ auth: ["session", "apiKey"], permission: { webhook: ["read"] }, query: pageQuery, response: pageOf(endpointResponse) }, ({ tenant, query }) =>
  listEndpoints(tenant, query),
);

/** The answer holds the signing secret; owners and admins can reveal it again later. */
export const POST = route(
  { auth: ["session", "apiKey"], permission: { webhook: ["create"] }, body: createEndpointInput, response: createdEndpointResponse, status: 201 },
  async ({ tenant, body }) => {
    await requireFeature(tenant.tenantId, "webhooks");
    return createEndpoint(tenant, body, publishedEventTypes);
  },
);
