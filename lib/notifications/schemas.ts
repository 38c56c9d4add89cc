import { z } from "zod";
import { notificationChannels } from "./catalog";

/** `POST /me/notifications/read`: the ids to mark, or none for all. */
export const markReadInput = z.object({
  ids: z.array(z.string().max(64)).max(500).optional().describe("Notification ids (ntf_…) to mark read; omit to mark all."),
});

/** `PATCH /me/notification-preferences`. */
export const preferencesUpdate = z
  .object({
    preferences: z
      .array(
        z.object({
          type: z.string().max(100).describe("A type from GET /me/notification-preferences, e.g. `tenants.role_changed`."),
          channel: z.enum(notificationChannels).describe("`in_app` (the bell) or `email`."),
          enabled: z.boolean(),
        }),
      )
      .max(200)
      .optional(),
    digest: z.boolean().optional().describe("A daily email of unread notifications."),
  })
  .refine((v) => v.preferences !== undefined || v.digest !== undefined, "Send `preferences`, `digest`, or both.");

export type PreferencesUpdate = z.output<typeof preferencesUpdate>;

/** `?token=` of the unsubscribe link. */
export const unsubscribeQuery = z.object({ token: z.string().min(1).max(1000) });
