import { notificationTypes, route } from "@/lib/app";
import { getPreferences, preferencesUpdate, updatePreferences } from "@/lib/notifications";
import { preferencesResponse } from "@/lib/notifications/responses";

/** Every notification type the app sends, with the caller's channels, and the daily digest. */
export const GET = route({ auth: "session", response: preferencesResponse }, ({ user }) => getPreferences(user.userId, notificationTypes));

/** Changes channels and the digest; a critical type's channel answers 422 `notification_preference_locked`. */
export const PATCH = route({ auth: "session", body: preferencesUpdate, response: preferencesResponse }, ({ user, body }) => updatePreferences(user.userId, notificationTypes, body));
