import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { auditLogs } from "@/db/schema/audit";
import { auth } from "@/lib/app";
import { addMember, createTeam, createUser, uniqueEmail, type SeedUser } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { mailOf } from "./mailbox-links";
import { signInWithTotp } from "./second-factor";

type UserRow = { id: string; email: string; tenantsCount: number; platformRole: string; emailVerified: boolean; banned: boolean };
type TenantRow = { id: string; membersCount: number; plan: string; interval: string | null; billingState: string; mrr: number };

describe("platform users and tenants", () => {
  let admin: SeedUser;
  let adminCookie: string;
  const tag = `adm${Date.now().toString(36)}`;

  beforeAll(async () => {
    admin = await createUser({ email: uniqueEmail(`${tag}-admin`), platformAdmin: true });
    adminCookie = await signInWithTotp(admin);
  });

  it("searches users by email or name, a page at a time, with the contract's fields", async () => {
    // One after another: their ids (time-ordered) must follow the order of creation, and in
    // parallel each is drawn after a lookup, in whichever order the lookups answer.
    const people: SeedUser[] = [];
    for (const i of [0, 1, 2]) people.push(await createUser({ email: uniqueEmail(`${tag}-u${i}`), name: `Searchable ${tag} ${i}` }));
    const byName = await callJson<{ data: UserRow[]; nextCursor: string | null }>("GET", `/platform/users?query=${encodeURIComponent(`Searchable ${tag}`)}&limit=2`, { cookie: adminCookie });
    expect(byName.status).toBe(200);
    expect(byName.body.data.map((u) => u.id)).toEqual([people[2]!.id, people[1]!.id]);
    expect(byName.body.nextCursor).toBe(people[1]!.id);
    const next = await callJson<{ data: UserRow[]; nextCursor: string | null }>("GET", `/platform/users?query=${encodeURIComponent(`Searchable ${tag}`)}&limit=2&cursor=${byName.body.nextCursor}`, { cookie: adminCookie });
    expect(next.body).toEqual({ data: [expect.objectContaining({ id: people[0]!.id, tenantsCount: 0, platformRole: "user", emailVerified: true, banned: false })], nextCursor: null });
    const byEmail = await callJson<{ data: UserRow[] }>("GET", `/platform/users?query=${encodeURIComponent(admin.email.toUpperCase())}`, { cookie: adminCookie });
    expect(byEmail.body.data.map((u) => [u.id, u.platformRole])).toEqual([[admin.id, "admin"]]);
    // LIKE wildcards match themselves, not everything.
    expect((await callJson<{ data: UserRow[] }>("GET", `/platform/users?query=${encodeURIComponent("%_%")}`, { cookie: adminCookie })).body.data).toEqual([]);
  });

  it("lists tenants with their real members count, plan, interval and billing state", async () => {
    const team = await createTeam(`${tag}-five`, { plan: "pro", state: "active" });
    const list = await callJson<{ data: TenantRow[] }>("GET", `/platform/tenants?query=${encodeURIComponent(team.tenant.slug)}`, { cookie: adminCookie });
    expect(list.status).toBe(200);
    // No subscription behind the plan (set by hand): no interval, so no MRR.
    expect(list.body.data).toEqual([expect.objectContaining({ id: team.tenant.id, membersCount: 5, plan: "pro", interval: null, billingState: "active", mrr: 0 })]);
    const detail = await callJson<{ members: { userId: string }[] }>("GET", `/platform/tenants/${team.tenant.id}`, { cookie: adminCookie });
    expect(detail.body.members).toHaveLength(5);
    expect((await call("GET", "/platform/tenants/org_missing", { cookie: adminCookie })).status).toBe(404);
  });

  it("shows a user's sessions, tenants, audit trail and mail", async () => {
    const team = await createTeam(`${tag}-detail`);
    await signIn(team.people.member);
    const detail = await callJson<{ sessions: unknown[]; tenants: { id: string }[]; audit: { action: string }[]; emails: unknown[] }>("GET", `/platform/users/${team.people.member.id}`, { cookie: adminCookie });
    expect(detail.status).toBe(200);
    expect(detail.body.sessions.length).toBeGreaterThan(0);
    expect(detail.body.tenants.map((t) => t.id)).toEqual([team.tenant.id]);
    expect(detail.body.audit.map((a) => a.action)).toContain("auth.sign_in");
  });

  it("bans: every session ends at once, no new one can start, and unban lets them back in", async () => {
    const user = await createUser({ email: uniqueEmail(`${tag}-ban`) });
    const cookie = await signIn(user);
    expect((await call("GET", "/me", { cookie })).status).toBe(200);
    expect((await call("POST", `/platform/users/${user.id}/ban`, { cookie: adminCookie, body: {} })).status).toBe(422);
    const banned = await callJson<{ banned: boolean; sessionsEnded: number }>("POST", `/platform/users/${user.id}/ban`, { cookie: adminCookie, body: { reason: "card testing from this account" } });
    expect(banned.body).toEqual({ id: user.id, banned: true, sessionsEnded: 1 });
    expect((await call("GET", "/me", { cookie })).status).toBe(401);
    const refused = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, asResponse: true });
    expect(refused.status).toBe(403);
    const [row] = await db.select().from(auditLogs).where(eq(auditLogs.targetId, user.id)).orderBy(auditLogs.id);
    expect(row).toMatchObject({ action: "admin.user_banned", actorId: admin.id, data: { reason: "card testing from this account", sessionsEnded: 1 } });
    expect((await call("POST", `/platform/users/${user.id}/unban`, { cookie: adminCookie, body: { reason: "false positive" } })).status).toBe(200);
    expect((await call("GET", "/me", { cookie: await signIn(user) })).status).toBe(200);
    expect((await callJson<{ error: { code: string } }>("POST", `/platform/users/${user.id}/unban`, { cookie: adminCookie, body: { reason: "again" } })).body.error.code).toBe("not_banned");
  });

  it("signs a user out everywhere", async () => {
    const user = await createUser({ email: uniqueEmail(`${tag}-out`) });
    const [one, two] = [await signIn(user), await signIn(user)];
    const res = await callJson<{ sessionsEnded: number }>("POST", `/platform/users/${user.id}/sign-out`, { cookie: adminCookie, body: { reason: "lost laptop" } });
    expect(res.body.sessionsEnded).toBe(2);
    for (const cookie of [one, two]) expect((await call("GET", "/me", { cookie })).status).toBe(401);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it("resends the verification link to an unverified address, and refuses a verified one", async () => {
    const user = await createUser({ email: uniqueEmail(`${tag}-unverified`), emailVerified: false });
    expect((await call("POST", `/platform/users/${user.id}/verification`, { cookie: adminCookie, body: { reason: "user never got the mail" } })).status).toBe(200);
    expect((await mailOf(user.email, "verify-email")).length).toBe(1);
    const verified = await createUser({ email: uniqueEmail(`${tag}-verified`) });
    expect((await callJson<{ error: { code: string } }>("POST", `/platform/users/${verified.id}/verification`, { cookie: adminCookie, body: { reason: "again" } })).body.error.code).toBe("already_verified");
  });

  it("grants and revokes platform admin: only by another admin, never one's own, never banning an admin", async () => {
    const user = await createUser({ email: uniqueEmail(`${tag}-promote`) });
    const granted = await callJson<{ platformRole: string }>("PUT", `/platform/users/${user.id}/platform-role`, { cookie: adminCookie, body: { admin: true, reason: "joins the support rota" } });
    expect(granted.body.platformRole).toBe("admin");
    // The new admin, with a second factor, reaches platform routes; cannot revoke themselves.
    const theirs = await signInWithTotp(user);
    expect((await call("GET", "/platform/users", { cookie: theirs })).status).toBe(200);
    const own = await callJson<{ error: { code: string } }>("PUT", `/platform/users/${user.id}/platform-role`, { cookie: theirs, body: { admin: false, reason: "testing" } });
    expect([own.status, own.body.error.code]).toEqual([403, "forbidden"]);
    expect((await callJson<{ error: { code: string } }>("POST", `/platform/users/${user.id}/ban`, { cookie: adminCookie, body: { reason: "admins cannot be banned" } })).status).toBe(403);
    expect((await call("PUT", `/platform/users/${user.id}/platform-role`, { cookie: adminCookie, body: { admin: false, reason: "left the rota" } })).status).toBe(200);
    expect((await call("GET", "/platform/users", { cookie: theirs })).status).toBe(404);
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, user.id));
    expect(row?.role).toBe("user");
  });

  it("answers 404 to a signed-in non-admin and 401 to anonymous callers on every new platform route", async () => {
    const team = await createTeam(`${tag}-outsider`);
    await addMember({ tenant: team.tenant, user: await createUser({ email: uniqueEmail(`${tag}-x`) }), role: "member" });
    const member = await signIn(team.people.owner);
    const target = team.people.member.id;
    const calls: [Parameters<typeof call>[0], string][] = [
      ["GET", "/platform/users"],
      ["GET", `/platform/users/${target}`],
      ["POST", `/platform/users/${target}/ban`],
      ["PUT", `/platform/users/${target}/platform-role`],
      ["GET", "/platform/tenants"],
      ["GET", `/platform/tenants/${team.tenant.id}`],
      ["POST", "/platform/impersonations"],
      ["GET", "/platform/jobs"],
      ["GET", "/platform/emails"],
      ["GET", "/platform/system"],
    ];
    for (const [method, path] of calls) {
      const body = method === "GET" ? undefined : { reason: "probe", userId: target, admin: true };
      expect((await call(method, path, { cookie: member, body })).status, `${method} ${path}`).toBe(404);
      expect((await call(method, path, { body, origin: "http://localhost:3000" })).status, `${method} ${path}`).toBe(401);
    }
  });
});
