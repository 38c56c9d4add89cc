import { desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { auditLogs } from "@/db/schema/audit";
import { sessions } from "@/db/schema/auth";
import { billingSimulator, checkouts, invoices, subscriptions } from "@/db/schema/billing";
import { creditLedger } from "@/db/schema/credits";
import { projects } from "@/db/schema/projects";
import { tenantInvitations, tenantMembers, tenants } from "@/db/schema/tenants";
import { usageEvents } from "@/db/schema/usage";
import { addMember, createCheckout, createInvitation, createProject, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { createApiKey } from "@/lib/api-keys";
import { access } from "@/lib/app";
import { systemContext } from "@/lib/tenants/context";
import { signIn } from "./client";

/** A tenant with every role, a project, an invitation and signed-in sessions. */
export async function createWorld(label: string) {
  const team = await createTeam(label);
  const project = await createProject({ tenant: team.tenant, name: `${label} project` });
  const invitation = await createInvitation({ tenant: team.tenant, email: uniqueEmail(`${label}-invitee`), role: "member", inviter: team.people.owner });
  const extra = await createUser({ email: uniqueEmail(`${label}-extra`) });
  const extraMember = await addMember({ tenant: team.tenant, user: extra, role: "member" });
  const checkout = await createCheckout({ tenant: team.tenant });
  const apiKey = await createApiKey(systemContext(team.tenant.id), { name: "fixture", environment: "test", scopes: ["projects:read"] }, access);
  const cookies = {
    owner: await signIn(team.people.owner),
    member: await signIn(team.people.member),
  };
  const [ownerSession] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, team.people.owner.id))
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  return { ...team, project, invitation, extraMember, checkout, apiKey, cookies, ownerSessionId: ownerSession!.id };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Everything a tenant owns, as one comparable value. */
export async function snapshotTenant(world: World) {
  const tenantId = world.tenant.id;
  const userIds = Object.values(world.people).map((p) => p.id);
  return JSON.stringify({
    tenant: await db.select().from(tenants).where(eq(tenants.id, tenantId)),
    members: await db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenantId)).orderBy(tenantMembers.id),
    invitations: await db.select().from(tenantInvitations).where(eq(tenantInvitations.tenantId, tenantId)).orderBy(tenantInvitations.id),
    projects: await db.select().from(projects).where(eq(projects.tenantId, tenantId)).orderBy(projects.id),
    audit: await db.select({ id: auditLogs.id }).from(auditLogs).where(eq(auditLogs.tenantId, tenantId)).orderBy(auditLogs.id),
    sessions: await db.select({ id: sessions.id, active: sessions.activeTenantId }).from(sessions).where(inArray(sessions.userId, userIds)).orderBy(sessions.id),
    checkouts: await db.select().from(checkouts).where(eq(checkouts.tenantId, tenantId)).orderBy(checkouts.id),
    subscriptions: await db.select().from(subscriptions).where(eq(subscriptions.tenantId, tenantId)),
    invoices: await db.select().from(invoices).where(eq(invoices.tenantId, tenantId)),
    credits: await db.select().from(creditLedger).where(eq(creditLedger.tenantId, tenantId)),
    simulator: await db.select().from(billingSimulator).where(eq(billingSimulator.tenantId, tenantId)),
    apiKeys: await db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)),
    usage: await db.select().from(usageEvents).where(eq(usageEvents.tenantId, tenantId)),
  });
}
