import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { supportMessages, supportTickets } from "@/db/schema/support";
import { tenants } from "@/db/schema/tenants";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { errors } from "@/lib/errors";
import { page } from "@/lib/http/pagination";
import type { UserContext } from "@/lib/tenants/context";
import { supportError, supportIds, type TicketStatus } from "./catalog";
import { supportReplyEmail } from "./emails";
import type { InboxQuery, UpdateTicketInput } from "./schemas";
import { loadTicket, ticketSummaryColumns } from "./tickets";

type Staff = Pick<UserContext, "userId">;

/** Platform admins: who a ticket may be assigned to (a verified email, as route() requires). */
export async function listSupportStaff(): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.emailVerified, true)))
    .orderBy(users.name);
}

/** The admin inbox, newest first, by status and assignee (`none`: unassigned). */
export async function listInbox(query: InboxQuery) {
  const assignee = query.assignee === "none" ? isNull(supportTickets.assigneeId) : query.assignee ? eq(supportTickets.assigneeId, query.assignee) : undefined;
  const rows = await db
    .select({ ...ticketSummaryColumns, assigneeId: supportTickets.assigneeId, reporterEmail: users.email, reporterName: users.name })
    .from(supportTickets)
    .innerJoin(users, eq(users.id, supportTickets.userId))
    .where(and(query.status ? eq(supportTickets.status, query.status) : undefined, assignee, query.cursor ? lt(supportTickets.id, query.cursor) : undefined))
    .orderBy(desc(supportTickets.id))
    .limit(query.limit + 1);
  return page(rows, query.limit);
}

/** A ticket as the support team sees it: with the reporter, the tenant and the whole thread. */
export async function getTicketForStaff(ticketId: string) {
  const ticket = await loadTicket(ticketId);
  if (!ticket) throw errors.notFound("Ticket");
  const [reporter] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, ticket.userId)).limit(1);
  const [tenant] = ticket.tenantId ? await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.id, ticket.tenantId)).limit(1) : [];
  return { ...ticket, reporter: reporter!, tenant: tenant ?? null };
}

/** Sets a ticket's status and/or assignee; the assignee must be a platform admin. */
export async function updateTicket(ticketId: string, input: UpdateTicketInput) {
  if (input.assigneeId && !(await listSupportStaff()).some((s) => s.id === input.assigneeId)) {
    throw supportError("assignee_not_admin", "Assign tickets to a platform admin.", { fields: { assigneeId: "Not a platform admin." } });
  }
  const [updated] = await db
    .update(supportTickets)
    .set({ ...(input.status ? { status: input.status } : {}), ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}) })
    .where(eq(supportTickets.id, ticketId))
    .returning({ id: supportTickets.id, status: supportTickets.status, assigneeId: supportTickets.assigneeId });
  if (!updated) throw errors.notFound("Ticket");
  return updated;
}

/**
 * A staff reply: the message, the new status (`pending`, waiting on the user, unless given) and
 * the email to the reporter commit together, so a reply is never lost nor mailed twice.
 */
export async function replyAsStaff(staff: Staff, ticketId: string, input: { body: string; status?: TicketStatus }) {
  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .update(supportTickets)
      .set({ status: input.status ?? "pending" })
      .where(eq(supportTickets.id, ticketId))
      .returning({ id: supportTickets.id, subject: supportTickets.subject, userId: supportTickets.userId });
    if (!ticket) throw errors.notFound("Ticket");
    const [message] = await tx
      .insert(supportMessages)
      .values({ id: supportIds.newId("supportMessage"), ticketId, authorId: staff.userId, authorRole: "staff", body: input.body })
      .returning({ id: supportMessages.id, authorRole: supportMessages.authorRole, body: supportMessages.body, createdAt: supportMessages.createdAt });
    const [reporter] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, ticket.userId)).limit(1);
    if (reporter) {
      await sendEmail(tx, {
        to: reporter.email,
        template: supportReplyEmail,
        props: { name: reporter.name || reporter.email, subject: ticket.subject, reply: input.body, url: `${appUrl}/dashboard/support/${ticket.id}` },
      });
    }
    return message!;
  });
}
