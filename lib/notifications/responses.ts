import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** A notification as the API and the stream show it. */
export const notificationResponse = z.object({
  id: z.string().describe("ntf_…"),
  type: z.string().describe("e.g. `billing.payment_failed`"),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe("An in-app path to open, or null."),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});

/** `GET /me/notifications`. */
export const notificationPageResponse = z.object({
  data: z.array(notificationResponse),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
  unread: z.number().int().describe("Unread notifications in all pages."),
});

const channelState = z.object({ enabled: z.boolean(), locked: z.boolean().describe("True for critical types: the channel cannot be changed.") });

/** `GET|PATCH /me/notification-preferences`. */
export const preferencesResponse = z.object({
  types: z.array(
    z.object({
      type: z.string(),
      description: z.string().describe("One line, in English: when the user gets this kind of notification."),
      descriptionKey: z.string().describe("The message key of that line, e.g. `tenants.notifications.role_changed.description`, for a client that shows it in another language (the app's message files hold each locale's text)."),
      critical: z.boolean(),
      channels: z.object({ inApp: channelState, email: channelState }),
    }),
  ),
  digest: z.boolean(),
});

/**
 * `GET /me/notifications/stream`, described for the API docs: the answer is an event stream, not
 * JSON. Each `notification` event's data is a {@link notificationResponse}.
 */
export const notificationStreamResponse = z
  .string()
  .describe("text/event-stream: `notification` events (id = the notification's id, data = a notification), `unread` ({ unread }), `ready` ({ unread }, on connect). Send Last-Event-ID to resume.");

/** `POST /notifications/unsubscribe` from a mail client (a browser form gets a 303 to the page instead). */
export const unsubscribedResponse = z.object({
  unsubscribed: z.literal(true),
  type: z.string().describe("The notification type whose email is now off (`digest` for the digest)."),
  channel: z.enum(["email", "digest"]),
});

/** `GET /notifications/unsubscribe`: always a 303 to the confirmation page; no body. */
export const unsubscribeRedirectResponse = z.null().describe("303 See Other to /unsubscribe?token=…, which asks before anything changes.");

export type NotificationResponse = ResponseOf<typeof notificationResponse>;
export type NotificationPageResponse = ResponseOf<typeof notificationPageResponse>;
export type PreferencesResponse = ResponseOf<typeof preferencesResponse>;
