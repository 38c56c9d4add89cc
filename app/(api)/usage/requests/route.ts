import { route } from "@/lib/app";
import { listApiRequests, requestsQuery } from "@/lib/usage";

export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, query: requestsQuery }, ({ tenant, query }) => listApiRequests(tenant, query));
