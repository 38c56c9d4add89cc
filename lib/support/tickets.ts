import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { supportMessages, supportScreenshots, supportTickets } from "@/db/schema/support";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import { findMembership, listUserTenants } from "@/lib/tenants/membership";
import type { UserContext } from "@/lib/tenants/context";
import { supportIds, type TicketStatus } from "./catalog";
import type { CreateTicketInput } from "./schemas";

type Reporter = Pick<UserContext, "userId" | "activeTenantId" | "userAgent">;

/** What a ticket list shows: no body, no bytes. */
export const ticketSummaryColumns = {
  id: supportTickets.id,
  subject: supportTickets.subject,
  status: supportTickets.status,
  createdAt: supportTickets.createdAt,
  updatedAt: supportTickets.updatedAt,
};

/**
 * The tenant the user is working in, as the portal shows it: the one named (X-Tenant-Id), else the
 * session's active one, else their oldest; only tenants they belong to (a foreign id is ignored:
 * a report never fails over it). Null for a user with no tenant.
 */
async function reportingTenant(user: Reporter, named: string | null): Promise<string | null> {
  for (const candidate of [named, user.activeTenantId]) {
    if (candidate && (await findMembership(user.userId, candidate))) return candidate;
  }
  const [oldest] = await listUserTenants(user.userId);
  return oldest?.id ?? null;
}

/**
 * `POST /support/tickets`: the user, tenant and browser come from the session and the request
 * (`namedTenantId` is the X-Tenant-Id header), never from the body.
 */
export async function createTicket(user: Reporter, input: CreateTicketInput, namedTenantId: string | null = null): Promise<{ id: string; status: "open" }> {
  const tenantId = await reportingTenant(user, namedTenantId);
  const id = supportIds.newId("supportTicket");
  await db.insert(supportTickets).values({
    id,
    userId: user.userId,
    tenantId,
    subject: input.subject,
    body: input.body,
    requestId: input.requestId || null,
    url: input.url || null,
    userAgent: user.userAgent?.slice(0, 1000) ?? null,
  });
  return { id, status: "open" };
}

/** `GET /support/tickets`: the caller's own tickets, newest first. */
export async function listMyTickets(user: Pick<UserContext, "userId">, params: PageParams) {
  const rows = await db
    .select(ticketSummaryColumns)
    .from(supportTickets)
    .where(and(eq(supportTickets.userId, user.userId), params.cursor ? lt(supportTickets.id, params.cursor) : undefined))
    .orderBy(desc(supportTickets.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

/** A ticket with its thread, found by id alone: callers decide who may see it. */
export async function loadTicket(ticketId: string, executor: Executor = db) {
  const [ticket] = await executor
    .select({
      id: supportTickets.id,
      userId: supportTickets.userId,
      tenantId: supportTickets.tenantId,
      subject: supportTickets.subject,
      body: supportTickets.body,
      requestId: supportTickets.requestId,
      url: supportTickets.url,
      userAgent: supportTickets.userAgent,
      status: supportTickets.status,
      assigneeId: supportTickets.assigneeId,
      createdAt: supportTickets.createdAt,
      updatedAt: supportTickets.updatedAt,
      hasScreenshot: sql<boolean>`exists (select 1 from ${supportScreenshots} where ${supportScreenshots.ticketId} = ${supportTickets.id})`,
    })
    .from(supportTickets)
    .where(eq(supportTickets.id, ticketId))
    .limit(1);
  if (!ticket) return null;
  const messages = await executor
    .select({ id: supportMessages.id, authorRole: supportMessages.authorRole, body: supportMessages.body, createdAt: supportMessages.createdAt })
    .from(supportMessages)
    .where(eq(supportMessages.ticketId, ticketId))
    .orderBy(asc(supportMessages.id));
  return { ...ticket, hasScreenshot: Boolean(ticket.hasScreenshot), messages };
}

/** The caller's ticket with its thread; anyone else's answers 404, as a missing one does. */
export async function getMyTicket(user: Pick<UserContext, "userId">, ticketId: string) {
  const ticket = await loadTicket(ticketId);
  if (!ticket || ticket.userId !== user.userId) throw errors.notFound("Ticket");
  const { userId: _owner, assigneeId: _assignee, ...visible } = ticket;
  return visible;
}

/** Throws 404 unless the ticket is the caller's. */
export async function assertOwnTicket(user: Pick<UserContext, "userId">, ticketId: string, executor: Executor = db): Promise<void> {
  const [row] = await executor
    .select({ id: supportTickets.id })
    .from(supportTickets)
    .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.userId, user.userId)))
    .limit(1);
  if (!row) throw errors.notFound("Ticket");
}

/** The user's reply: the ticket goes back to `open` (waiting on the support team). */
export async function replyToMyTicket(user: Pick<UserContext, "userId">, ticketId: string, body: string) {
  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .update(supportTickets)
      .set({ status: "open" satisfies TicketStatus })
      .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.userId, user.userId)))
      .returning({ id: supportTickets.id });
    if (!ticket) throw errors.notFound("Ticket");
    const [message] = await tx
      .insert(supportMessages)
      .values({ id: supportIds.newId("supportMessage"), ticketId, authorId: user.userId, authorRole: "user", body })
      .returning({ id: supportMessages.id, authorRole: supportMessages.authorRole, body: supportMessages.body, createdAt: supportMessages.createdAt });
    return message!;
  });
}
