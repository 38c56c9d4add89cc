import { beforeAll, describe, expect, it } from "vitest";
import { can, loadFixtures, type AppPermission } from "@/lib/app";
import { roleNames, type Role } from "@/lib/auth/roles";
import { addMember, createInvitation, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { call, signIn } from "./client";
import { discoverRoutes, type ApiRoute, type Method } from "./routes";

/**
 * The matrix, written out by hand: which roles may call each permission-guarded route (core's
 * here, each module's in its `fixtures.roleMatrix`). The test checks it against the code's matrix
 * and against live calls, so a change to either is seen.
 */
const coreExpected: Record<string, Role[]> = {
  "PATCH /tenants/[tenantId]": ["owner", "admin"],
  "DELETE /tenants/[tenantId]": ["owner"],
  "GET /tenants/[tenantId]/members": ["owner", "admin", "member", "viewer"],
  "PATCH /tenants/[tenantId]/members/[memberId]": ["owner", "admin"],
  "GET /tenants/[tenantId]/invitations": ["owner", "admin", "member"],
  "POST /tenants/[tenantId]/invitations": ["owner", "admin"],
  "DELETE /tenants/[tenantId]/invitations/[id]": ["owner", "admin"],
  "POST /tenants/[tenantId]/invitations/[id]/resend": ["owner", "admin"],
  "POST /tenants/[tenantId]/transfer": ["owner"],
  "GET /security/audit": ["owner", "admin"],
};

type Guarded = { key: string; route: ApiRoute; method: Method };

function acceptsSession(auth: string | readonly string[]): boolean {
  return typeof auth === "string" ? auth === "session" : auth.includes("session");
}

describe("roles", () => {
  let guarded: Guarded[];
  let expected: Record<string, readonly string[]>;
  let allowedStatus: Record<string, number>;
  let fixtures: Awaited<ReturnType<typeof loadFixtures>>;

  beforeAll(async () => {
    fixtures = await loadFixtures();
    expected = Object.assign({ ...coreExpected }, ...fixtures.map((f) => f.roleMatrix ?? {}));
    allowedStatus = Object.assign({}, ...fixtures.map((f) => f.allowedStatus ?? {}));
    const routes = await discoverRoutes();
    guarded = routes.flatMap((route) =>
      (Object.keys(route.handlers) as Method[])
        // Roles apply to people: routes only an API key can call are checked by scope instead.
        .filter((method) => route.handlers[method]?.meta.permission && acceptsSession(route.handlers[method]!.meta.auth))
        .map((method) => ({ key: `${method} ${route.pattern}`, route, method })),
    );
  });

  it("lists every permission-guarded route in the expected matrix, and the code agrees", () => {
    expect(guarded.map((g) => g.key).sort()).toEqual(Object.keys(expected).sort());
    for (const { key, route, method } of guarded) {
      const permission = route.handlers[method]!.meta.permission!;
      const allowed = roleNames.filter((role) => can(role, permission as AppPermission));
      expect(allowed, key).toEqual(expected[key]);
    }
    // A documented answer for an allowed call may not be 403 or 404: those are what a refusal, a
    // wrong tenant or a missing fixture answer, so they would hide exactly what this test checks.
    for (const [key, status] of Object.entries(allowedStatus)) expect([403, 404], `allowedStatus of ${key}`).not.toContain(status);
  });

  // A fresh team per guarded route: about 50 s on a 2-core machine and growing with every module's routes.
  it("gives each role the status the matrix says on each guarded route", async () => {
    const failures: string[] = [];
    for (const { key, route, method } of guarded) {
      // A fresh team per route: allowed calls may delete or transfer things. Owner goes last.
      const { tenant, people } = await createTeam("roles", { plan: "enterprise", state: "active" }); // no project limit
      const fixtureTenant = { ...tenant, people };
      const cookies = Object.fromEntries(await Promise.all(roleNames.map(async (r) => [r, await signIn(people[r])]))) as Record<Role, string>;
      for (const role of ["guest", "viewer", "member", "admin", "owner"] as const) {
        const ids: Record<string, string> = {
          tenantId: tenant.id,
          memberId: (await addMember({ tenant, user: await createUser({ email: uniqueEmail("target") }), role: "member" })).id,
          id: (await createInvitation({ tenant, email: uniqueEmail("inv"), role: "viewer", inviter: people.owner })).id,
        };
        for (const f of fixtures) Object.assign(ids, await f.routeParams?.(fixtureTenant, route.pattern));
        const path = route.pattern.replace(/\[([^\]]+)\]/g, (_, p: string) => ids[p] ?? `missing-${p}`);
        // One body that satisfies every route's schema (zod strips the keys a route does not use).
        const body =
          method === "GET"
            ? undefined
            : Object.assign({ name: "Renamed", email: uniqueEmail("new"), role: "viewer", memberId: ids.memberId }, ...fixtures.map((f) => f.validBody ?? {}), { idempotencyKey: `k-${Math.random()}` });
        const res = await call(method, path, { cookie: cookies[role], body, headers: { "x-tenant-id": tenant.id } });
        const allowed = expected[key]!.includes(role);
        const wanted = allowedStatus[key];
        // Allowed: a 2xx, or the domain answer the module documents (fixtures.allowedStatus).
        const ok = allowed ? (wanted ? res.status === wanted : res.status >= 200 && res.status < 300) : res.status === 403;
        if (!ok) failures.push(`${key} as ${role}: ${res.status} ${await res.text()}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it("lets anyone leave but only owners and admins remove others; the owner must transfer first", async () => {
    const { tenant, people } = await createTeam("leave");
    const memberIds = Object.fromEntries(
      await Promise.all(roleNames.map(async (r) => [r, (await addMember({ tenant, user: people[r], role: r })).id])),
    ) as Record<Role, string>;
    const viewer = await signIn(people.viewer);
    expect((await call("DELETE", `/tenants/${tenant.id}/members/${memberIds.guest}`, { cookie: viewer })).status).toBe(403);
    expect((await call("DELETE", `/tenants/${tenant.id}/members/${memberIds.viewer}`, { cookie: viewer })).status).toBe(204);
    expect((await call("GET", `/tenants/${tenant.id}`, { cookie: viewer })).status).toBe(404);
    const admin = await signIn(people.admin);
    expect((await call("DELETE", `/tenants/${tenant.id}/members/${memberIds.guest}`, { cookie: admin })).status).toBe(204);
    expect((await call("DELETE", `/tenants/${tenant.id}/members/${memberIds.owner}`, { cookie: admin })).status).toBe(409);
    const owner = await signIn(people.owner);
    expect((await call("DELETE", `/tenants/${tenant.id}/members/${memberIds.owner}`, { cookie: owner })).status).toBe(409);
  });
});
