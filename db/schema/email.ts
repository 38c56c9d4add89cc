import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";

/** The local mailbox: every message the app sends when no email provider is configured. */
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: text().primaryKey(),
    to: text().notNull(),
    from: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** The template that produced it, e.g. `verify-email`. */
    template: text().notNull(),
    tags: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** Extra headers the message carried (List-Unsubscribe…), as a provider would have sent them. */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("mailbox_messages_to_idx").on(t.to, t.id)],
);

/** Why an address gets no more mail. */
export type SuppressionReason = "bounce" | "complaint";

/**
 * Addresses the app no longer sends to: the provider reported a hard bounce (the mailbox does not
 * exist) or a spam complaint. One row per address; the first report stands.
 */
export const emailSuppressions = pgTable("email_suppressions", {
  /** Lower-cased, so every spelling of one mailbox is one row. */
  address: text().primaryKey(),
  reason: text().$type<SuppressionReason>().notNull(),
  /** The webhook message that reported it (Resend's `svix-id`). */
  eventId: text().notNull(),
  /** What the provider said (the bounce message), for whoever lifts it. */
  detail: text(),
  /** When the provider saw the bounce or complaint. */
  occurredAt: timestamptz().notNull(),
  createdAt: createdAt(),
});

/**
 * Provider webhook messages already handled, by the provider's message id: a redelivery (or a
 * replay from the provider's dashboard) finds its row and changes nothing.
 */
export const emailWebhookDeliveries = pgTable(
  "email_webhook_deliveries",
  {
    provider: text().notNull(),
    id: text().notNull(),
    type: text().notNull(),
    receivedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.id] })],
);
