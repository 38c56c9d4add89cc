import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the notifications module names: its ids and errors (see module.ts). */
export const notificationIds = defineIdPrefixes({ notification: "ntf" });

export const notificationError = defineErrors({
  /** A critical type's channel cannot be changed (security and billing notices always arrive). */
  notification_preference_locked: "unprocessable",
  /** The stream route answers only `Accept: text/event-stream` (what EventSource sends). */
  event_stream_required: "invalid",
  /** The unsubscribe link's token is malformed or its signature does not match. */
  unsubscribe_link_invalid: "invalid",
});

/** The channels a user chooses per type; `in_app` is the bell. */
export const notificationChannels = ["in_app", "email"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
