import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

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
    createdAt: createdAt(),
  },
  (t) => [index("mailbox_messages_to_idx").on(t.to, t.id)],
);
