import { customType, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./auth";
import { tenants } from "./tenants";

/** Raw bytes (`bytea`), read as a Buffer. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres gives a Buffer, PGlite a Uint8Array: one type for callers either way.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A problem a user reported. It belongs to the user, not to a tenant: `tenant_id` only records
 * which tenant they were working in (null without one), so leaving the tenant keeps the ticket.
 * Status: `open` waits on the support team, `pending` on the user, `solved` is done.
 */
export const supportTickets = pgTable(
  "support_tickets",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tenantId: text().references(() => tenants.id, { onDelete: "set null" }),
    subject: text().notNull(),
    body: text().notNull(),
    /** The request id the user saw (an error envelope's, or Next's digest of a page error). */
    requestId: text(),
    /** The page the report was made from, as the browser gave it. */
    url: text(),
    /** From the request's header on the server, not from the form. */
    userAgent: text(),
    status: text({ enum: ["open", "pending", "solved"] })
      .notNull()
      .default("open"),
    /** The platform admin handling it. */
    assigneeId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("support_tickets_user_idx").on(t.userId, t.id),
    index("support_tickets_status_idx").on(t.status, t.id),
    index("support_tickets_assignee_idx").on(t.assigneeId, t.id),
  ],
);

/** The thread under a ticket: the user's replies and the support team's, oldest first. */
export const supportMessages = pgTable(
  "support_messages",
  {
    id: text().primaryKey(),
    ticketId: text()
      .notNull()
      .references(() => supportTickets.id, { onDelete: "cascade" }),
    /** Null once the author's account is erased (their words stay on the user's ticket). */
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    /** `user` for the ticket's reporter, `staff` for a platform admin. */
    authorRole: text({ enum: ["user", "staff"] }).notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("support_messages_ticket_idx").on(t.ticketId, t.id)],
);

/**
 * A ticket's screenshot, apart from the ticket so lists never read the bytes. In the database
 * until the files module lands (up to 2 MB, checked by magic bytes before it is stored).
 */
export const supportScreenshots = pgTable("support_screenshots", {
  ticketId: text()
    .primaryKey()
    .references(() => supportTickets.id, { onDelete: "cascade" }),
  contentType: text({ enum: ["image/png", "image/jpeg", "image/webp"] }).notNull(),
  size: integer().notNull(),
  data: bytes().notNull(),
  createdAt: createdAt(),
});
