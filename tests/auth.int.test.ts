import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { tenantInvitations, tenantMembers } from "@/db/schema/tenants";
import { provisionTenantsForUser } from "@/lib/tenants";
import { createInvitation, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { authPost, call, callJson, cookieHeader, signIn } from "./client";
import { invitationLinkFor } from "./mail";

/** Signs up through Better Auth's HTTP handler, exactly as the browser does. */
async function signUp(email: string, password = "violet-ferry-42-anchor", name = "New Person") {
  const response = await authPost("/api/auth/sign-up/email", { email, password, name });
  return { response, cookie: cookieHeader(response) };
}

type Me = { user: { id: string; email: string; name: string }; tenants: { id: string; name: string; slug: string; role: string }[]; activeTenantId: string | null };

describe("sign-up", () => {
  it("creates a personal tenant with the new user as owner, and makes it active", async () => {
    const email = uniqueEmail("solo");
    const { response, cookie } = await signUp(email);
    expect(response.status).toBe(200);
    const me = await callJson<Me>("GET", "/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    expect(me.body.tenants).toHaveLength(1);
    expect(me.body.tenants[0]!.role).toBe("owner");
    expect(me.body.activeTenantId).toBe(me.body.tenants[0]!.id);
  });

  it("with a pending invitation and a verified address, joins that tenant and creates none", async () => {
    const { tenant, people } = await createTeam("inviting", { plan: "pro", state: "active" });
    const email = uniqueEmail("invited");
    await createInvitation({ tenant, email, role: "viewer", inviter: people.owner });
    // A provider that vouches for the address (social sign-in, a verified email) is proof enough.
    const user = await createUser({ email, emailVerified: true });
    await provisionTenantsForUser(user, []);
    const cookie = await signIn(user);
    const me = await callJson<Me>("GET", "/me", { cookie });
    expect(me.body.tenants.map((t) => [t.id, t.role])).toEqual([[tenant.id, "viewer"]]);
    const [invitation] = await db.select().from(tenantInvitations).where(and(eq(tenantInvitations.tenantId, tenant.id), eq(tenantInvitations.email, email)));
    expect(invitation?.status).toBe("accepted");
  });

  it("with a pending invitation and an unproven address, joins nothing until the emailed link is used", async () => {
    const { tenant, people } = await createTeam("hijack", { plan: "pro", state: "active" });
    const owner = await signIn(people.owner);
    const email = uniqueEmail("newhire");
    const invited = await callJson<{ id: string }>("POST", `/tenants/${tenant.id}/invitations`, { cookie: owner, body: { email, role: "admin" } });
    expect(invited.status).toBe(201);
    expect(JSON.stringify(invited.body)).not.toContain("token");

    // Anyone can type the address at sign-up; that proves nothing.
    const { cookie } = await signUp(email);
    const me = await callJson<Me>("GET", "/me", { cookie });
    expect(me.body.tenants).toEqual([]);
    expect((await callJson<{ data: unknown[] }>("GET", "/me/invitations", { cookie })).body.data).toEqual([]);
    expect((await call("GET", `/tenants/${tenant.id}`, { cookie })).status).toBe(404);
    // The id, which members see, accepts nothing.
    const byId = await callJson<{ error: { code: string } }>("POST", `/invitations/${invited.body.id}/accept`, { cookie });
    expect(byId.status).toBe(403);
    expect(byId.body.error.code).toBe("email_not_verified");
    const wrongToken = await call("POST", `/invitations/${invited.body.id}/accept`, { cookie, body: { token: "guessed-token" } });
    expect(wrongToken.status).toBe(403);

    // The link from the email proves the address: it joins, and verifies the address too.
    const link = await invitationLinkFor(email);
    expect(link.id).toBe(invited.body.id);
    const accepted = await callJson<{ tenantId: string; role: string }>("POST", `/invitations/${link.id}/accept`, { cookie, body: { token: link.token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ tenantId: tenant.id, role: "admin" });
    const [account] = await db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.email, email));
    expect(account!.emailVerified).toBe(true);
    // Single use: the same link accepts nothing more.
    expect((await call("POST", `/invitations/${link.id}/accept`, { cookie, body: { token: link.token } })).status).toBe(404);
  });

  it("refuses short, overlong and common passwords", async () => {
    for (const password of ["short", "x".repeat(129), "password123", "Qwerty123"]) {
      const { response } = await signUp(uniqueEmail("weak"), password);
      expect(response.status, password).toBe(400);
    }
    const { response } = await signUp(uniqueEmail("weak"), "iloveyou1");
    expect((await response.json()).code).toBe("PASSWORD_TOO_COMMON");
  });

  it("refuses disposable email domains", async () => {
    const { response } = await signUp(`someone-${Date.now()}@mailinator.com`);
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("DISPOSABLE_EMAIL");
  });

  it("stores only an argon2id hash", async () => {
    const email = uniqueEmail("hash");
    await signUp(email, "violet-ferry-42-anchor");
    const rows = await db.execute<{ password: string }>(
      // raw SQL on purpose: what is really in the column
      (await import("drizzle-orm")).sql`select a.password from accounts a join users u on u.id = a.user_id where u.email = ${email}`,
    );
    expect(rows.rows[0]?.password).toMatch(/^\$argon2id\$/);
  });
});

describe("sessions", () => {
  it("lists sessions and revokes one; the revoked cookie stops working", async () => {
    const { people } = await createTeam("sessions");
    const first = await signIn(people.member);
    const second = await signIn(people.member);
    const list = await callJson<{ data: { id: string; current: boolean }[] }>("GET", "/me/sessions", { cookie: first });
    expect(list.body.data.length).toBeGreaterThanOrEqual(2);
    const other = list.body.data.find((s) => !s.current)!;
    expect((await call("DELETE", `/me/sessions/${other.id}`, { cookie: first })).status).toBe(204);
    // One of the two cookies is now dead, the caller's still works.
    const statuses = await Promise.all([first, second].map(async (c) => (await call("GET", "/me", { cookie: c })).status));
    expect(statuses.sort()).toEqual([200, 401]);
  });

  it("signs out everywhere else", async () => {
    const { people } = await createTeam("everywhere");
    const keep = await signIn(people.viewer);
    const others = [await signIn(people.viewer), await signIn(people.viewer)];
    const res = await callJson<{ revoked: number }>("DELETE", "/me/sessions", { cookie: keep });
    expect(res.body.revoked).toBeGreaterThanOrEqual(2);
    expect((await call("GET", "/me", { cookie: keep })).status).toBe(200);
    for (const cookie of others) expect((await call("GET", "/me", { cookie })).status).toBe(401);
  });
});

describe("tenants", () => {
  it("runs the invitation lifecycle: invite, resend, accept; revoke and decline", async () => {
    const { tenant, people } = await createTeam("lifecycle", { plan: "pro", state: "active" });
    const owner = await signIn(people.owner);
    const email = uniqueEmail("joiner");
    const invited = await callJson<{ id: string; email: string; role: string; status: string }>("POST", `/tenants/${tenant.id}/invitations`, {
      cookie: owner,
      body: { email, role: "member" },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email, role: "member", status: "pending" });
    expect((await call("POST", `/tenants/${tenant.id}/invitations`, { cookie: owner, body: { email, role: "member" } })).status).toBe(409);
    const first = await invitationLinkFor(email);
    expect((await call("POST", `/tenants/${tenant.id}/invitations/${invited.body.id}/resend`, { cookie: owner })).status).toBe(200);
    const second = await invitationLinkFor(email);
    expect(second.token).not.toBe(first.token);

    // An existing user (with their own tenant) accepts: the resent link works, the replaced one not.
    const { cookie: joiner } = await signUpExisting(email);
    expect((await call("POST", `/invitations/${invited.body.id}/accept`, { cookie: joiner, body: { token: first.token } })).status).toBe(403);
    const accepted = await callJson<{ tenantId: string }>("POST", `/invitations/${invited.body.id}/accept`, { cookie: joiner, body: { token: second.token } });
    expect(accepted.body.tenantId).toBe(tenant.id);
    const me = await callJson<Me>("GET", "/me", { cookie: joiner });
    expect(me.body.activeTenantId).toBe(tenant.id);
    expect((await call("POST", `/invitations/${invited.body.id}/accept`, { cookie: joiner })).status).toBe(404);

    const revoked = await callJson<{ id: string }>("POST", `/tenants/${tenant.id}/invitations`, { cookie: owner, body: { email: uniqueEmail("x"), role: "guest" } });
    expect((await call("DELETE", `/tenants/${tenant.id}/invitations/${revoked.body.id}`, { cookie: owner })).status).toBe(204);
    expect((await call("DELETE", `/tenants/${tenant.id}/invitations/${revoked.body.id}`, { cookie: owner })).status).toBe(404);
  });

  it("changes roles, transfers ownership and records it all in the audit log", async () => {
    const { tenant, people } = await createTeam("transfer", { plan: "pro", state: "active" });
    const owner = await signIn(people.owner);
    const members = await callJson<{ data: { id: string; userId: string; role: string }[] }>("GET", `/tenants/${tenant.id}/members`, { cookie: owner });
    const memberOf = (userId: string) => members.body.data.find((m) => m.userId === userId)!;
    const viewer = memberOf(people.viewer.id);
    expect((await callJson("PATCH", `/tenants/${tenant.id}/members/${viewer.id}`, { cookie: owner, body: { role: "member" } })).status).toBe(200);
    expect((await callJson("PATCH", `/tenants/${tenant.id}/members/${memberOf(people.owner.id).id}`, { cookie: owner, body: { role: "admin" } })).status).toBe(409);

    const admin = memberOf(people.admin.id);
    expect((await call("POST", `/tenants/${tenant.id}/transfer`, { cookie: owner, body: { memberId: admin.id } })).status).toBe(200);
    const roles = await db.select({ userId: tenantMembers.userId, role: tenantMembers.role }).from(tenantMembers).where(eq(tenantMembers.tenantId, tenant.id));
    expect(roles.find((r) => r.userId === people.admin.id)?.role).toBe("owner");
    expect(roles.find((r) => r.userId === people.owner.id)?.role).toBe("admin");

    const audit = await callJson<{ data: { action: string }[] }>("GET", "/security/audit", { cookie: owner, headers: { "x-tenant-id": tenant.id } });
    expect(audit.body.data.map((e) => e.action)).toEqual(expect.arrayContaining(["member.role_changed", "tenant.ownership_transferred"]));
  });

  it("deletes a tenant (owner only): members lose access, data is kept", async () => {
    const { tenant, people } = await createTeam("doomed");
    const member = await signIn(people.member);
    const owner = await signIn(people.owner);
    expect((await call("DELETE", `/tenants/${tenant.id}`, { cookie: owner })).status).toBe(204);
    expect((await call("GET", `/tenants/${tenant.id}`, { cookie: member })).status).toBe(404);
    expect((await call("GET", `/tenants/${tenant.id}/members`, { cookie: member })).status).toBe(404);
  });

  it("creates a tenant and switches to it", async () => {
    const { people } = await createTeam("creator");
    const cookie = await signIn(people.guest);
    const created = await callJson<{ id: string; name: string; slug: string }>("POST", "/tenants", { cookie, body: { name: "Side Quest" } });
    expect(created.status).toBe(201);
    expect(created.body.slug).toMatch(/^side-quest/);
    const switched = await callJson<Me>("PATCH", "/me", { cookie, body: { activeTenantId: created.body.id } });
    expect(switched.body.activeTenantId).toBe(created.body.id);
    expect((await call("PATCH", "/me", { cookie, body: { activeTenantId: "org_unknown" } })).status).toBe(404);
  });
});

/** Signs up a user who then already has a personal tenant (no invitation pending at sign-up). */
async function signUpExisting(email: string) {
  // Make the pending invitation invisible during sign-up by signing up under a temporary address.
  const temp = uniqueEmail("temp");
  const { cookie } = await signUp(temp);
  await db.update(users).set({ email }).where(eq(users.email, temp));
  return { cookie };
}
