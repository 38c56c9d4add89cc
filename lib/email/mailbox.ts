import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mailboxMessages } from "@/db/schema/email";

export type MailboxMessage = typeof mailboxMessages.$inferSelect;

/** Which mailbox messages a viewer may see: all, only theirs, or none. */
export type MailboxScope = { to?: string } | null;

/**
 * The mailbox visibility rule. In development anyone sees every message (the developer is
 * everyone); elsewhere a signed-in user sees only mail addressed to them, and nobody else sees any.
 */
export function mailboxScope(viewer: { email: string } | null, opts: { development: boolean }): MailboxScope {
  if (opts.development) return {};
  if (!viewer) return null;
  return { to: viewer.email.toLowerCase() };
}

export type ListMailboxOptions = {
  /** Only messages to this address (case-insensitive). @default all */
  to?: string;
  /** Most messages returned, at most 200. @default 50 */
  limit?: number;
};

/** Messages in the local mailbox, newest first. */
export async function listMailbox(opts: ListMailboxOptions = {}): Promise<MailboxMessage[]> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  return db
    .select()
    .from(mailboxMessages)
    .where(opts.to === undefined ? undefined : eq(mailboxMessages.to, opts.to.toLowerCase()))
    .orderBy(desc(mailboxMessages.id))
    .limit(limit);
}

/** One message, if it exists and is addressed to `to` (when given). */
export async function getMailboxMessage(id: string, opts: { to?: string } = {}): Promise<MailboxMessage | null> {
  const [message] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.id, id));
  if (!message) return null;
  if (opts.to !== undefined && message.to !== opts.to.toLowerCase()) return null;
  return message;
}
