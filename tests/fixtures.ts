import { desc, eq, getTableColumns, getTableName, inArray, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { tenants } from "@/db/schema/tenants";
import { access, loadFixtures, modules } from "@/lib/app";
import type { ModuleManifest } from "@/lib/manifest/define";
import { addMember, createInvitation, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { signIn } from "./client";
import type { ApiRoute } from "./routes";

/**
 * A tenant with every role, an invitation, signed-in sessions, and one row of everything the
 * installed modules' routes name (`fixtures.routeParams`: a project, a checkout, an API key…);
 * `apiKey` reads projects, `fullKey` holds every scope the app has.
 */
export async function createWorld(label: string) {
  const team = await createTeam(label);
  const invitation = await createInvitation({ tenant: team.tenant, email: uniqueEmail(`${label}-invitee`), role: "member", inviter: team.people.owner });
  const extra = await createUser({ email: uniqueEmail(`${label}-extra`) });
  const extraMember = await addMember({ tenant: team.tenant, user: extra, role: "member" });
  const fixtureTenant = { ...team.tenant, people: team.people };
  const params: Record<string, string> = { tenantId: team.tenant.id, memberId: extraMember.id };
  let apiKey: string | null = null;
  let fullKey: string | null = null;
  for (const fixtures of await loadFixtures()) {
    Object.assign(params, await fixtures.routeParams?.(fixtureTenant));
    apiKey ??= (await fixtures.apiKeyFor?.(fixtureTenant)) ?? null;
    fullKey ??= (await fixtures.apiKeyFor?.(fixtureTenant, access.scopes)) ?? null;
  }
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
  return { ...team, invitation, extraMember, params, apiKey, fullKey, cookies, ownerSessionId: ownerSession!.id };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** The world's id for a route's path parameter: its own session and invitation, else the modules' fixtures. */
export function worldParam(param: string, route: ApiRoute, world: World): string | undefined {
  if (param === "id" && route.pattern.startsWith("/me/sessions")) return world.ownerSessionId;
  if (param === "id" && route.pattern.includes("invitations")) return world.invitation.id;
  return world.params[param];
}

/**
 * The routes with the calls that end the caller's session or the tenant last, so tests that call
 * every route run every other call with both still there.
 */
export function sessionAndTenantEndingLast(routes: ApiRoute[]): ApiRoute[] {
  const last = (r: ApiRoute) => (r.pattern === "/me/sessions/[id]" ? 2 : r.pattern === "/tenants/[tenantId]" ? 3 : 0);
  return [...routes].sort((x, y) => last(x) - last(y));
}

/** Every table of every installed module that has a tenant column. */
function tenantTables(): PgTable[] {
  return (modules as readonly ModuleManifest[])
    .flatMap((m) => Object.values(m.tables ?? {}))
    .filter((t): t is PgTable => is(t, PgTable) && "tenantId" in getTableColumns(t));
}

/** Everything a tenant owns, as one comparable value. */
export async function snapshotTenant(world: World) {
  const tenantId = world.tenant.id;
  const userIds = Object.values(world.people).map((p) => p.id);
  const owned: Record<string, string[]> = {};
  for (const table of tenantTables()) {
    const column = getTableColumns(table).tenantId!;
    const rows = await db.select().from(table).where(eq(column, tenantId));
    owned[getTableName(table)] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify({
    tenant: await db.select().from(tenants).where(eq(tenants.id, tenantId)),
    sessions: await db.select({ id: sessions.id, active: sessions.activeTenantId }).from(sessions).where(inArray(sessions.userId, userIds)).orderBy(sessions.id),
    owned,
  });
}

/**
 * Every identifier a tenant's data holds (prefixed ids like `proj_…`, emails) and its people's:
 * none of them may appear in any answer to another tenant.
 */
export async function identifiersOf(world: World): Promise<Set<string>> {
  const found = new Set<string>([world.tenant.id, ...Object.values(world.people).flatMap((p) => [p.id, p.email])]);
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (/^[a-z]{2,8}_[0-9a-z]{16,}$/.test(value) || /^[^@\s]+@[^@\s]+$/.test(value)) found.add(value);
      else if (value.startsWith("{") || value.startsWith("[")) walk(JSON.parse(value) as unknown);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(JSON.parse(await snapshotTenant(world)) as unknown);
  return found;
}
