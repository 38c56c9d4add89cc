import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { auditLogs } from "@/db/schema/audit";
import { createTeam, createUser, uniqueEmail, type SeedUser } from "@/seed/factories";
import { call, callJson, cookieHeader, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

type Started = { id: string; userId: string; expiresAt: string };

async function start(adminCookie: string, userId: string, reason = "customer asked why their invoice is missing") {
  const res = await call("POST", "/platform/impersonations", { cookie: adminCookie, body: { userId, reason } });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Started & { error?: { code: string } }, cookie: cookieHeader(res), response: res };
}

/** The session cookie a browser holds after an impersonation starts: the impersonation's, plus the admin's kept aside. */
function withAdminKept(adminCookie: string, started: string): string {
  const names = new Set(started.split("; ").map((pair) => pair.split("=")[0]));
  const kept = adminCookie.split("; ").filter((pair) => !names.has(pair.split("=")[0]));
  return [...kept, started].join("; ");
}

describe("impersonation", () => {
  let admin: SeedUser;
  let adminCookie: string;
  let team: Awaited<ReturnType<typeof createTeam>>;

  beforeAll(async () => {
    admin = await createUser({ email: uniqueEmail("imp-admin"), platformAdmin: true });
    adminCookie = await signInWithTotp(admin);
    // Pro has the audit_log feature, so the owner can read their tenant's audit log.
    team = await createTeam("imp", { plan: "pro", state: "active" });
  });

  it("starts with a reason: 201 {id, userId, expiresAt} and a cookie that is the user, for at most 60 minutes", async () => {
    const before = Date.now();
    const started = await start(adminCookie, team.people.member.id);
    expect(started.status).toBe(201);
    expect(started.body.userId).toBe(team.people.member.id);
    expect(started.body.id).toMatch(/^ses_/);
    const expiresAt = new Date(started.body.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(before + 59 * 60_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 60 * 60_000);
    const me = await callJson<{ user: { id: string }; impersonatedBy: { id: string; email: string } }>("GET", "/me", { cookie: started.cookie });
    expect(me.body.user.id).toBe(team.people.member.id);
    expect(me.body.impersonatedBy).toEqual({ id: admin.id, email: admin.email });
    const [row] = await db.select().from(sessions).where(eq(sessions.id, started.body.id));
    expect(row?.impersonatedBy).toBe(admin.id);
  });

  it("needs a reason, and refuses non-admins (404) and anonymous callers (401)", async () => {
    const noReason = await call("POST", "/platform/impersonations", { cookie: adminCookie, body: { userId: team.people.member.id } });
    expect(noReason.status).toBe(422);
    const member = await signIn(team.people.viewer);
    expect((await call("POST", "/platform/impersonations", { cookie: member, body: { userId: team.people.member.id, reason: "curious" } })).status).toBe(404);
    expect((await call("POST", "/platform/impersonations", { body: { userId: team.people.member.id, reason: "curious" }, origin: "http://localhost:3000" })).status).toBe(401);
    expect((await start(adminCookie, "usr_does_not_exist")).status).toBe(404);
  });

  it("cannot target a platform admin, oneself included: 403 forbidden, and no session is made", async () => {
    const other = await createUser({ email: uniqueEmail("imp-other-admin"), platformAdmin: true });
    for (const target of [other.id, admin.id]) {
      const refused = await start(adminCookie, target);
      expect(refused.status).toBe(403);
      expect(refused.body.error?.code).toBe("forbidden");
      expect(await db.select().from(sessions).where(and(eq(sessions.userId, target), eq(sessions.impersonatedBy, admin.id)))).toEqual([]);
    }
  });

  it("ends at 60 minutes even if the session row says later: the cookie stops working and the end is audited", async () => {
    const started = await start(adminCookie, team.people.admin.id);
    expect((await call("GET", "/me", { cookie: started.cookie })).status).toBe(200);
    // 59 minutes in: still on. Better Auth's refresh could push expiresAt a week out: it must not matter.
    const week = new Date(Date.now() + 7 * 24 * 3_600_000);
    await db.update(sessions).set({ createdAt: new Date(Date.now() - 59 * 60_000), expiresAt: week }).where(eq(sessions.id, started.body.id));
    expect((await call("GET", "/me", { cookie: started.cookie })).status).toBe(200);
    await db.update(sessions).set({ createdAt: new Date(Date.now() - 60 * 60_000 - 1_000) }).where(eq(sessions.id, started.body.id));
    expect((await call("GET", "/me", { cookie: started.cookie })).status).toBe(401);
    expect(await db.select().from(sessions).where(eq(sessions.id, started.body.id))).toEqual([]);
    const ended = await db.select().from(auditLogs).where(and(eq(auditLogs.action, "auth.impersonation_ended"), eq(auditLogs.targetId, team.people.admin.id)));
    expect(ended.map((r) => (r.data as { reason: string }).reason)).toContain("expired");
  });

  it("audits start and end for the platform and in the tenant's log, which its owner reads", async () => {
    const started = await start(adminCookie, team.people.viewer.id, "ticket 4711: dashboard is empty");
    const ended = await call("DELETE", "/platform/impersonations/current", { cookie: withAdminKept(adminCookie, started.cookie) });
    expect(ended.status).toBe(200);
    expect(await db.select().from(sessions).where(eq(sessions.id, started.body.id))).toEqual([]);
    const rows = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, team.people.viewer.id), eq(auditLogs.actorId, admin.id)));
    const summary = rows.map((r) => `${r.action} ${r.tenantId ?? "platform"} ${(r.data as { reason: string }).reason}`).sort();
    expect(summary).toEqual([
      "auth.impersonation_ended platform ended by the admin",
      `auth.impersonation_ended ${team.tenant.id} ended by the admin`,
      "auth.impersonation_started platform ticket 4711: dashboard is empty",
      `auth.impersonation_started ${team.tenant.id} ticket 4711: dashboard is empty`,
    ].sort());
    const log = await callJson<{ data: { action: string; actorId: string; targetId: string }[] }>("GET", "/security/audit", { cookie: await signIn(team.people.owner), headers: { "x-tenant-id": team.tenant.id } });
    expect(log.status).toBe(200);
    expect(log.body.data.filter((e) => e.action.startsWith("auth.impersonation_") && e.targetId === team.people.viewer.id).map((e) => [e.action, e.actorId])).toEqual([
      ["auth.impersonation_ended", admin.id],
      ["auth.impersonation_started", admin.id],
    ]);
  });

  it("ends on demand and gives the admin their own session back", async () => {
    const started = await start(adminCookie, team.people.guest.id);
    const browser = withAdminKept(adminCookie, started.cookie);
    const ended = await call("DELETE", "/platform/impersonations/current", { cookie: browser });
    expect(ended.status).toBe(200);
    const restored = cookieHeader(ended);
    const me = await callJson<{ user: { id: string }; impersonatedBy: null }>("GET", "/me", { cookie: restored });
    expect(me.body.user.id).toBe(admin.id);
    expect(me.body.impersonatedBy).toBeNull();
    expect((await call("GET", "/platform/users", { cookie: restored })).status).toBe(200);
    // Ending again with the dead cookie: no session any more.
    expect((await call("DELETE", "/platform/impersonations/current", { cookie: started.cookie })).status).toBe(401);
  });

  it("answers 409 to DELETE …/current from a session that is no impersonation", async () => {
    const res = await callJson<{ error: { code: string } }>("DELETE", "/platform/impersonations/current", { cookie: await signIn(team.people.owner) });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("not_impersonating");
  });
});
