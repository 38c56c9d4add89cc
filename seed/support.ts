import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { supportTickets } from "@/db/schema/support";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { supportIds } from "@/lib/support/catalog";

/** A ticket written straight to the table, as if `user` had reported it from `tenant`. */
export async function createSupportTicket(
  input: { user: { id: string }; tenant?: { id: string } | null; subject?: string; body?: string; status?: "open" | "pending" | "solved"; requestId?: string; url?: string },
  executor: Executor = db,
): Promise<{ id: string }> {
  const id = supportIds.newId("supportTicket");
  await executor.insert(supportTickets).values({
    id,
    userId: input.user.id,
    tenantId: input.tenant?.id ?? null,
    subject: input.subject ?? "Something does not work",
    body: input.body ?? "I clicked the button and nothing happened.",
    status: input.status ?? "open",
    requestId: input.requestId ?? null,
    url: input.url ?? null,
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) KeelSeed/1.0",
  });
  return { id };
}

const demoTickets = [
  { subject: "CSV export is empty", body: "Exporting projects gives a file with only the header row.", url: "/dashboard/projects", requestId: "req_demo_export" },
  { subject: "Invitation email never arrived", body: "I invited a colleague an hour ago; they have nothing, not even in spam.", url: "/dashboard/team" },
];

/** The support module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo(tenants) {
    const tenant = tenants[0];
    const reporter = tenant?.people.member ?? (tenant ? Object.values(tenant.people)[0] : undefined);
    if (!tenant || !reporter) return;
    for (const ticket of demoTickets) {
      // Seeding again adds nothing: the demo reporter's tickets are found by subject.
      const [found] = await db.select({ id: supportTickets.id }).from(supportTickets).where(and(eq(supportTickets.userId, reporter.id), eq(supportTickets.subject, ticket.subject))).limit(1);
      if (!found) await createSupportTicket({ user: reporter, tenant, ...ticket });
    }
  },
  // The tenant's owner reports it: another tenant's member must get 404 for it, like any foreign id.
  async routeParams(tenant) {
    const owner = tenant.people.owner ?? Object.values(tenant.people)[0]!;
    return { ticketId: (await createSupportTicket({ user: owner, tenant })).id };
  },
  unscopedRoutes: {
    "/support/tickets": "the caller's own tickets; a new ticket records the session's tenant, it does not act on it",
    "/platform/support/tickets": "platform admins only: every user's tickets, not a tenant's data",
  },
  validBody: { subject: "Fixture problem", body: "Something broke." },
};
