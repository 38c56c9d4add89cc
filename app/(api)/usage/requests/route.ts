import { route } from "@/lib/app";
import { listApiRequests, requestsQuery } from "@/lib/usage";
import { apiRequestsResponse } from "@/lib/usage/responses";

/** The tenant's API request log, newest first, paged. */
export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, query: requestsQuery, response: apiRequestsResponse }, ({ tenant, query }) => listApiRequests(tenant, query));
