import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFixtures } from "@/lib/app";
import { proxy } from "@/proxy";
import { createUser, uniqueEmail } from "@/seed/factories";
import { authPost, call, callJson, cookieHeader } from "./client";
import { createWorld, worldParam, type World } from "./fixtures";
import { discoverRoutes, type Method } from "./routes";
import { signInWithTotp } from "./second-factor";

/**
 * A read-only impersonation refuses every write: every unsafe handler of every route file on
 * disk (like the isolation test: a new route is covered with no edits here), Better Auth's POSTs
 * but sign-out, and server actions (the proxy).
 */

const unsafe: Method[] = ["POST", "PUT", "PATCH", "DELETE"];
/** The one write an impersonation may make: ending itself. */
const allowed = new Set(["DELETE /platform/impersonations/current"]);

async function impersonate(adminCookie: string, userId: string): Promise<string> {
  const res = await call("POST", "/platform/impersonations", { cookie: adminCookie, body: { userId, reason: "read-only guard test" } });
  expect(res.status).toBe(201);
  return cookieHeader(res);
}

describe("read-only impersonation", () => {
  let world: World;
  let adminCookie: string;
  let asMember: string;
  let body: Record<string, unknown>;

  beforeAll(async () => {
    world = await createWorld("readonly");
    adminCookie = await signInWithTotp(await createUser({ email: uniqueEmail("readonly-admin"), platformAdmin: true }));
    asMember = await impersonate(adminCookie, world.people.owner.id);
    const fixtures = await loadFixtures();
    body = Object.assign({ name: "Impersonator", email: uniqueEmail("imp"), role: "member", memberId: world.extraMember.id }, ...fixtures.map((f) => f.validBody ?? {}));
  });

  it("answers 403 impersonation_read_only to every unsafe method of every route a session can call", async () => {
    const routes = await discoverRoutes();
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const method of unsafe) {
        const handler = route.handlers[method];
        if (!handler || allowed.has(`${method} ${route.pattern}`)) continue;
        const modes = typeof handler.meta.auth === "string" ? [handler.meta.auth] : handler.meta.auth;
        // Cron- and key-only routes never read a session cookie: nothing to impersonate there.
        if (!modes.some((m) => m === "session" || m === "platformAdmin" || m === "public")) continue;
        const path = route.pattern.replace(/\[([^\]]+)\]/g, (_, param: string) => worldParam(param, route, world) ?? "any");
        const res = await call(method, path, { cookie: asMember, body });
        checked += 1;
        const answer = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
        if (res.status !== 403 || answer?.error?.code !== "impersonation_read_only") failures.push(`${method} ${route.pattern} → ${res.status} ${JSON.stringify(answer)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it("still reads: GET /me answers the impersonated user and the admin behind the session", async () => {
    const me = await callJson<{ user: { id: string; impersonatedBy: { email: string } | null }; impersonatedBy: { id: string; email: string } | null }>("GET", "/me", { cookie: asMember });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(world.people.owner.id);
    expect(me.body.impersonatedBy?.email).toMatch(/^readonly-admin/);
    expect(me.body.user.impersonatedBy).toEqual(me.body.impersonatedBy);
    expect((await callJson("GET", `/tenants/${world.tenant.id}/members`, { cookie: asMember })).status).toBe(200);
  });

  it("refuses every Better Auth POST but sign-out: password, email, two-factor, passkey, profile", async () => {
    const cookie = { cookie: asMember };
    for (const path of [
      "/api/auth/change-password",
      "/api/auth/change-email",
      "/api/auth/update-user",
      "/api/auth/delete-user",
      "/api/auth/revoke-sessions",
      "/api/auth/two-factor/enable",
      "/api/auth/two-factor/disable",
      "/api/auth/passkey/delete-passkey",
      "/api/auth/sign-in/email",
      "/api/auth/admin/impersonate-user",
    ]) {
      const res = await authPost(path, { newPassword: "Another-long-passphrase-42", currentPassword: "x", password: "x", newEmail: uniqueEmail("new"), name: "Changed" }, cookie);
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code, path).toBe("impersonation_read_only");
    }
  });

  it("refuses server actions in the proxy, before any page code runs; the user's own session passes", async () => {
    const action = (cookie: string) =>
      proxy(new NextRequest("http://localhost:3000/dashboard", { method: "POST", headers: { cookie, origin: "http://localhost:3000", "next-action": "0123456789abcdef" }, body: "[]" }));
    const refused = await action(asMember);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("impersonation_read_only");
    expect((await action(world.cookies.owner)).status).not.toBe(403);
  });

  it("lets the user's own session write meanwhile", async () => {
    const res = await call("PATCH", "/me", { cookie: world.cookies.owner, body: { name: "Still Me" } });
    expect(res.status).toBe(200);
  });
});
