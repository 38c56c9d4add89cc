import { createFormatter, createTranslator } from "use-intl/core";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { isLocale, locales, type Locale } from "@/lib/i18n/config";
import { appFormats } from "@/lib/i18n/formats";
import type { MessageTree } from "@/lib/i18n/messages";
import { emit } from "./enqueue";

/**
 * Notifications, the core half. Any module (core or optional) declares the kinds of notification
 * it sends with `defineNotification` and sends one with `notify(tx, definition, …)`. That writes a
 * single outbox event whose payload says everything delivery needs (the text already rendered in
 * every locale, the recipients, whether the type is critical, its email default), so the
 * notifications module can deliver it in each recipient's language without importing the sender,
 * and without a central list of types. When the
 * notifications module is not installed, nobody subscribes to the event and nothing else happens.
 */

/** The outbox event type `notify()` writes; the notifications module subscribes to it. */
export const notificationRequestedEvent = "notification.requested";

/** What a notification shows: rendered when `notify()` is called, once per locale. */
export type RenderedNotification = {
  title: string;
  body: string;
  /** An in-app path (`/dashboard/billing`) the notification opens; null for none. Taken from the English render. @default null */
  link?: string | null;
};

/** The description of one kind of notification, without its renderer: what manifests and preference pages list. */
export type NotificationType = {
  /** `module.what_happened`, e.g. `billing.payment_failed`: stable, stored with every notification. */
  readonly type: string;
  /**
   * The message key of one line for the preferences page, saying when the user gets it:
   * `<module>.notifications.<what>.description` (the page translates it in the reader's locale).
   */
  readonly description: string;
  /** Security or billing-critical: no channel can be turned off (nor on). @default false */
  readonly critical: boolean;
  /** Whether the email channel is on until the user says otherwise. @default false */
  readonly email: boolean;
  /** The message tree holding `<module>.notifications.*`, shaped as the app serves it. */
  messages(locale: Locale): Promise<MessageTree>;
};

/**
 * Translates a full key of the module's messages, `<module>.notifications.<what>.title` (ICU
 * arguments in `values`): written out whole, a key reads the same in the code and the file.
 */
export type NotificationTranslator = (key: string, values?: Record<string, string | number | Date>) => string;

/** What `render` writes with: the locale, its translator, and dates and numbers in it (UTC). */
export type NotificationContext = {
  locale: Locale;
  t: NotificationTranslator;
  format: ReturnType<typeof createFormatter>;
};

/** A kind of notification and how its data becomes a title, a body and a link in a locale. */
export type NotificationDefinition<D> = NotificationType & {
  render(data: D, context: NotificationContext): RenderedNotification;
};

const typePattern = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_]*)+$/;

/** Declares a kind of notification; list it in the module's manifest (`notifications`). */
export function defineNotification<D>(def: {
  /** `module.what_happened`, e.g. `billing.payment_failed`. */
  type: string;
  /** The message key of its one-line description, `<module>.notifications.<what>.description`. */
  description: string;
  /** Security or billing-critical: the user cannot turn it off. @default false */
  critical?: boolean;
  /** Email channel on by default. Off for types whose module already sends its own email. @default false */
  email?: boolean;
  /**
   * Loads the tree with the module's `notifications` messages: `coreMessages` for a core module,
   * `moduleMessages(id, load)` for an optional one (lib/i18n/messages.ts).
   */
  messages: (locale: Locale) => Promise<MessageTree>;
  /** Called once per locale; `t` reads the tree `messages` loads (`<module>.notifications.*`). */
  render: (data: D, context: NotificationContext) => RenderedNotification;
}): NotificationDefinition<D> {
  if (!typePattern.test(def.type)) throw new Error(`Notification type "${def.type}" must look like "module.what_happened".`);
  return { type: def.type, description: def.description, critical: def.critical ?? false, email: def.email ?? false, messages: def.messages, render: def.render };
}

/** Who gets a notification: named users, or the members of the tenant holding one of the roles. */
export type NotificationRecipients = { userIds: readonly string[] } | { tenantRoles: readonly string[] };

/** A link must stay inside the app: a path, never another site (no open redirect from a notification). */
const inAppPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/, "must be an in-app path starting with a single /");

const renderedText = z.object({ title: z.string().trim().min(1).max(200), body: z.string().max(2000) });

/** A notification's title and body in one locale. */
export type NotificationText = z.output<typeof renderedText>;

/**
 * Events written before notifications were rendered per locale carry one English `title` and
 * `body`: read them as `texts.en`, so an upgrade does not dead-letter the outbox's backlog.
 */
function upgradeSingleText(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || "texts" in raw || !("title" in raw)) return raw;
  const { title, body, ...rest } = raw as Record<string, unknown>;
  return { ...rest, texts: { en: { title, body } } };
}

/** The payload of a `notification.requested` event: self-contained, so delivery needs no catalog. */
export const notificationRequestSchema = z.preprocess(upgradeSingleText, z.object({
  type: z.string().regex(typePattern),
  critical: z.boolean(),
  email: z.boolean(),
  tenantId: z.string().max(64).nullable(),
  recipients: z.union([
    z.object({ userIds: z.array(z.string().min(1).max(64)).min(1).max(1000) }),
    z.object({ tenantRoles: z.array(z.string().min(1).max(32)).min(1).max(10) }),
  ]),
  /** The text in every locale the app had when it was sent; English always, the fallback. */
  texts: z.object({ en: renderedText }).catchall(renderedText),
  link: inAppPath.nullable(),
}));

export type NotificationRequest = z.output<typeof notificationRequestSchema>;

/** The request's text in `locale` (a user's saved one), else in English. */
export function notificationText(request: Pick<NotificationRequest, "texts">, locale: string | null | undefined): NotificationText & { locale: Locale } {
  if (isLocale(locale)) {
    const text = request.texts[locale];
    if (text) return { ...text, locale };
  }
  return { ...request.texts.en, locale: "en" };
}

/** Renders a definition once per locale, each with a translator for its module's messages. */
async function renderEveryLocale<D>(definition: NotificationDefinition<D>, data: D): Promise<[Locale, RenderedNotification][]> {
  return Promise.all(
    locales.map(async (locale): Promise<[Locale, RenderedNotification]> => {
      const messages = await definition.messages(locale);
      const t = createTranslator({ locale, messages }) as unknown as NotificationTranslator;
      return [locale, definition.render(data, { locale, t, format: createFormatter({ locale, timeZone: "UTC", formats: appFormats }) })];
    }),
  );
}

/**
 * Asks for a notification, in the caller's executor: pass the transaction that makes the change it
 * announces, and it exists only if that change commits (a rolled-back transaction notifies nobody).
 * `tenantRoles` needs `tenantId`. The text is rendered in every locale now, so delivery can give
 * each recipient theirs. Throws when a rendered text or the recipients are invalid.
 * Returns the event id.
 */
export async function notify<D>(
  executor: Executor,
  definition: NotificationDefinition<D>,
  input: { tenantId?: string | null; data: D } & NotificationRecipients,
): Promise<string> {
  const rendered = await renderEveryLocale(definition, input.data);
  const english = rendered.find(([locale]) => locale === "en")?.[1];
  const recipients = "userIds" in input ? { userIds: [...new Set(input.userIds)] } : { tenantRoles: [...input.tenantRoles] };
  if ("tenantRoles" in recipients && !input.tenantId) throw new Error(`notify(${definition.type}): tenantRoles needs a tenantId.`);
  const request: NotificationRequest = notificationRequestSchema.parse({
    type: definition.type,
    critical: definition.critical,
    email: definition.email,
    tenantId: input.tenantId ?? null,
    recipients,
    texts: Object.fromEntries(rendered.map(([locale, { title, body }]) => [locale, { title, body }])),
    link: english?.link ?? null,
  });
  return emit(executor, notificationRequestedEvent, request);
}
