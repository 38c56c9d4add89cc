import { beforeAll, describe, expect, it } from "vitest";
import { loadFixtures } from "@/lib/app";
import { uniqueEmail } from "@/seed/factories";
import { call } from "./client";
import { createWorld, identifiersOf, sessionAndTenantEndingLast, snapshotTenant, worldParam, type World } from "./fixtures";
import { discoverRoutes, patternParams, type ApiRoute, type Method } from "./routes";

/**
 * Routes that take no tenant-owned id and resolve no tenant: nothing of another tenant can be
 * named through them. A new route lands here (or in its module's `fixtures.unscopedRoutes`) only
 * with a reason.
 */
const coreUnscoped: Record<string, string> = {
  "/me": "the caller's own account",
  "/me/sessions": "the caller's own sessions",
  "/me/invitations": "invitations addressed to the caller's email",
  "/tenants": "lists the caller's memberships; POST creates a new tenant",
  "/iam-roles": "public role matrix",
  "/internal/health": "public health check",
  "/internal/cron": "a scheduler's call (CRON_SECRET), acting on no tenant",
  "/internal/metrics": "Prometheus scrape (METRICS_TOKEN): the process's metrics, no tenant's data",
  "/email/webhooks/resend": "Resend's signed bounce and complaint reports, keyed by email address",
  "/platform/email-suppressions": "platform admins only: the suppression list, keyed by email address",
  "/platform/email-suppressions/[address]": "platform admins only: names an email address, not a tenant's row",
};

/** Which of tenant B's ids stands in for each path parameter. */
function idFor(param: string, route: ApiRoute, b: World): string {
  const id = worldParam(param, route, b);
  if (id) return id;
  throw new Error(`tenant-isolation: no fixture for [${param}] in ${route.pattern}; add one to its module's fixtures.routeParams.`);
}

function isTenantScoped(route: ApiRoute): boolean {
  return Object.values(route.handlers).some((h) => h.meta.tenant ?? h.meta.permission !== undefined);
}

describe("tenant isolation", () => {
  let a: World;
  let b: World;
  let routes: ApiRoute[];
  let unscoped: Record<string, string>;
  let body: Record<string, unknown>;

  beforeAll(async () => {
    [a, b] = await Promise.all([createWorld("iso-a"), createWorld("iso-b")]);
    routes = await discoverRoutes();
    const fixtures = await loadFixtures();
    unscoped = Object.assign({ ...coreUnscoped }, ...fixtures.map((f) => f.unscopedRoutes ?? {}));
    // One body valid for every route (zod strips unknown keys), so a 404 is never masked by a 422.
    body = Object.assign({ name: "Intruder", email: uniqueEmail("intruder"), role: "member", memberId: a.extraMember.id }, ...fixtures.map((f) => f.validBody ?? {}));
  });

  it("classifies every route: scoped, or listed as unscoped with a reason", () => {
    for (const route of routes) {
      const takesIds = patternParams(route.pattern).length > 0;
      if (!takesIds && !isTenantScoped(route)) expect(unscoped, `${route.pattern} is new: scope it or list it`).toHaveProperty(route.pattern);
    }
    // A listed route must really be unscoped: a tenant check added later would make it testable.
    for (const pattern of Object.keys(unscoped)) expect(routes.find((r) => r.pattern === pattern && !isTenantScoped(r)), pattern).toBeDefined();
    expect(routes.length).toBeGreaterThan(15);
  });

  it("answers 404 to a member of A for B's ids on every method, and changes nothing of B", async () => {
    const before = await snapshotTenant(b);
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const takesIds = patternParams(route.pattern).length > 0;
      if (unscoped[route.pattern] !== undefined) continue;
      const path = route.pattern.replace(/\[([^\]]+)\]/g, (_, param: string) => idFor(param, route, b));
      for (const method of Object.keys(route.handlers) as Method[]) {
        // A valid body for every route (zod strips unknown keys), so 404 is not masked by 422.
        const requestBody = method === "GET" ? undefined : body;
        const variants = takesIds ? [{}] : [{ "x-tenant-id": b.tenant.id }];
        if (takesIds && !route.pattern.includes("[tenantId]")) variants.push({ "x-tenant-id": b.tenant.id });
        if (route.handlers[method]!.meta.auth === "apiKey") {
          if (!a.apiKey) throw new Error(`${route.pattern} takes only API keys, but no module's fixtures.apiKeyFor made one.`);
          // Key-only routes: A's key naming B in the header still acts on A (the key fixes the
          // tenant); the snapshot below proves nothing of B changed.
          await call(method, path, { body: requestBody, headers: { authorization: `Bearer ${a.apiKey}`, "x-tenant-id": b.tenant.id } });
          checked += 1;
          continue;
        }
        for (const headers of variants) {
          const res = await call(method, path, { cookie: a.cookies.owner, body: requestBody, headers });
          checked += 1;
          if (res.status !== 404) failures.push(`${method} ${route.pattern} ${JSON.stringify(headers)} → ${res.status} ${await res.text()}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(15); // core alone has 18 checks; every module adds its own
    expect(await snapshotTenant(b)).toBe(before);
  });

  it("never shows A any of B's ids: every route, method and credential, A's own ids and B's", async () => {
    const secrets = await identifiersOf(b);
    expect(secrets.size).toBeGreaterThan(10);
    const leaks: string[] = [];
    let checked = 0;
    const ordered = sessionAndTenantEndingLast(routes);
    const credentials: [string, Record<string, string>, string | undefined][] = [
      ["session", {}, a.cookies.owner],
      ...(a.fullKey ? [["api key", { authorization: `Bearer ${a.fullKey}` }, undefined] as [string, Record<string, string>, undefined]] : []),
      ["none", {}, undefined],
    ];
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as Method[]) {
      for (const route of ordered) {
        if (!route.handlers[method]) continue;
        // Unscoped routes' parameters (a webhook's provider) have no fixture: any value will do.
        const fill = (world: World) => route.pattern.replace(/\[([^\]]+)\]/g, (_, param: string) => (world.params[param] || unscoped[route.pattern] !== undefined ? (world.params[param] ?? "simulator") : idFor(param, route, world)));
        const own = fill(a);
        const theirs = fill(b);
        const requests: { path: string; headers: Record<string, string> }[] = [
          { path: own, headers: {} },
          { path: theirs, headers: {} },
          { path: own, headers: { "x-tenant-id": b.tenant.id } },
        ];
        for (const request of requests) {
          for (const [label, headers, cookie] of credentials) {
            const res = await call(method, request.path, { cookie, body: method === "GET" ? undefined : body, headers: { ...headers, ...request.headers } });
            const text = await res.text();
            checked += 1;
            for (const secret of secrets) if (text.includes(secret)) leaks.push(`${method} ${request.path} (${label}, ${JSON.stringify(request.headers)}) → ${res.status} shows ${secret}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
