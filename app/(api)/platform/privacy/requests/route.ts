import { route } from "@/lib/app";
import { adminListQuery, adminListResponse, listAllRequests } from "@/lib/privacy/admin";

/** Every data request (exports, deletions), newest first; `?status=` filters. */
export const GET = route({ auth: "platformAdmin", query: adminListQuery, response: adminListResponse }, ({ query }) => listAllRequests(query));
