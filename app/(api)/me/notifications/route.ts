import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listNotifications } from "@/lib/notifications";
import { notificationPageResponse } from "@/lib/notifications/responses";

/** The caller's notifications, newest first, with the unread count. */
export const GET = route({ auth: "session", query: pageQuery, response: notificationPageResponse }, ({ user, query }) => listNotifications(user, query));
