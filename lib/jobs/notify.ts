import { z } from "zod";
import type { Executor } from "@/db/client";
import { emit } from "./enqueue";

/**
 * Notifications, the core half. Any module (core or optional) declares the kinds of notification
 * it sends with `defineNotification` and sends one with `notify(tx, definition, …)`. That writes a
 * single outbox event whose payload says everything delivery needs (already rendered text, the
 * recipients, whether the type is critical, its email default), so the notifications module can
 * deliver it without importing the sender, and without a central list of types. When the
 * notifications module is not installed, nobody subscribes to the event and nothing else happens.
 */

/** The outbox event type `notify()` writes; the notifications module subscribes to it. */
export const notificationRequestedEvent = "notification.requested";

/** What a notification shows: rendered when `notify()` is called, in the sender's words. */
export type RenderedNotification = {
  title: string;
  body: string;
  /** An in-app path (`/dashboard/billing`) the notification opens; null for none. @default null */
  link?: string | null;
};

/** The description of one kind of notification, without its renderer: what manifests and preference pages list. */
export type NotificationType = {
  /** `module.what_happened`, e.g. `billing.payment_failed`: stable, stored with every notification. */
  readonly type: string;
  /** One line for the preferences page: when the user gets it. */
  readonly description: string;
  /** Security or billing-critical: no channel can be turned off (nor on). @default false */
  readonly critical: boolean;
  /** Whether the email channel is on until the user says otherwise. @default false */
  readonly email: boolean;
};

/** A kind of notification and how its data becomes a title, a body and a link. */
export type NotificationDefinition<D> = NotificationType & {
  render(data: D): RenderedNotification;
};

const typePattern = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_]*)+$/;

/** Declares a kind of notification; list it in the module's manifest (`notifications`). */
export function defineNotification<D>(def: {
  /** `module.what_happened`, e.g. `billing.payment_failed`. */
  type: string;
  description: string;
  /** Security or billing-critical: the user cannot turn it off. @default false */
  critical?: boolean;
  /** Email channel on by default. Off for types whose module already sends its own email. @default false */
  email?: boolean;
  render: (data: D) => RenderedNotification;
}): NotificationDefinition<D> {
  if (!typePattern.test(def.type)) throw new Error(`Notification type "${def.type}" must look like "module.what_happened".`);
  return { type: def.type, description: def.description, critical: def.critical ?? false, email: def.email ?? false, render: def.render };
}

/** Who gets a notification: named users, or the members of the tenant holding one of the roles. */
export type NotificationRecipients = { userIds: readonly string[] } | { tenantRoles: readonly string[] };

/** A link must stay inside the app: a path, never another site (no open redirect from a notification). */
const inAppPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/, "must be an in-app path starting with a single /");

/** The payload of a `notification.requested` event: self-contained, so delivery needs no catalog. */
export const notificationRequestSchema = z.object({
  type: z.string().regex(typePattern),
  critical: z.boolean(),
  email: z.boolean(),
  tenantId: z.string().max(64).nullable(),
  recipients: z.union([
    z.object({ userIds: z.array(z.string().min(1).max(64)).min(1).max(1000) }),
    z.object({ tenantRoles: z.array(z.string().min(1).max(32)).min(1).max(10) }),
  ]),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(2000),
  link: inAppPath.nullable(),
});

export type NotificationRequest = z.output<typeof notificationRequestSchema>;

/**
 * Asks for a notification, in the caller's executor: pass the transaction that makes the change it
 * announces, and it exists only if that change commits (a rolled-back transaction notifies nobody).
 * `tenantRoles` needs `tenantId`. Throws when the rendered text or the recipients are invalid.
 * Returns the event id.
 */
export async function notify<D>(
  executor: Executor,
  definition: NotificationDefinition<D>,
  input: { tenantId?: string | null; data: D } & NotificationRecipients,
): Promise<string> {
  const rendered = definition.render(input.data);
  const recipients = "userIds" in input ? { userIds: [...new Set(input.userIds)] } : { tenantRoles: [...input.tenantRoles] };
  if ("tenantRoles" in recipients && !input.tenantId) throw new Error(`notify(${definition.type}): tenantRoles needs a tenantId.`);
  const request: NotificationRequest = notificationRequestSchema.parse({
    type: definition.type,
    critical: definition.critical,
    email: definition.email,
    tenantId: input.tenantId ?? null,
    recipients,
    title: rendered.title,
    body: rendered.body,
    link: rendered.link ?? null,
  });
  return emit(executor, notificationRequestedEvent, request);
}
