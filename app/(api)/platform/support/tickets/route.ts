import { route } from "@/lib/app";
import { inboxQuery, listInbox } from "@/lib/support";
import { inboxPageResponse } from "@/lib/support/responses";

/** Every user's tickets, newest first, by `status` and `assignee` (a user id, or `none`). */
export const GET = route({ auth: "platformAdmin", query: inboxQuery, response: inboxPageResponse }, ({ query }) => listInbox(query));
