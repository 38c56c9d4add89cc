import { route } from "@/lib/app";
import { adminWaitlist } from "@/lib/waitlist/invite";
import { adminListQuery, adminListResponse } from "@/lib/waitlist/responses";

/** Everyone waiting in order of position (`?limit=&offset=`), the latest invited, and the totals. */
export const GET = route({ auth: "platformAdmin", query: adminListQuery, response: adminListResponse }, ({ query }) => adminWaitlist(query.limit, query.offset));
