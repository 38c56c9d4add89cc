import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiPrefixes, lookupRoute, matchesPattern, scanRouteTable } from "./route-table";

const appDir = fileURLToPath(new URL("../../app", import.meta.url));

describe("the route table", () => {
  it("matches dynamic, catch-all and optional catch-all segments", () => {
    expect(matchesPattern("/tenants/[tenantId]/members", "/tenants/org_1/members")).toBe(true);
    expect(matchesPattern("/tenants/[tenantId]/members", "/tenants/org_1")).toBe(false);
    expect(matchesPattern("/tenants/[tenantId]", "/tenants/org_1/members")).toBe(false);
    expect(matchesPattern("/api/auth/[...all]", "/api/auth/sign-in/email")).toBe(true);
    expect(matchesPattern("/api/auth/[...all]", "/api/auth")).toBe(false);
    expect(matchesPattern("/docs/[[...slug]]", "/docs")).toBe(true);
    expect(matchesPattern("/me", "/me/")).toBe(true);
  });

  it("reads route files' methods and pages from app/", () => {
    const table = scanRouteTable(appDir);
    expect(table.find((e) => e.pattern === "/me")?.methods.sort()).toEqual(["GET", "PATCH"]);
    expect(table.find((e) => e.pattern === "/api/auth/[...all]")?.methods.sort()).toEqual(["GET", "POST"]);
    expect(table.find((e) => e.pattern === "/sign-in")?.methods).toEqual(["GET"]);
    expect(apiPrefixes(appDir)).toEqual(expect.arrayContaining(["me", "tenants", "invitations", "internal"]));
  });

  it("tells found, not found and method not allowed apart", () => {
    const table = scanRouteTable(appDir);
    expect(lookupRoute(table, "GET", "/me")).toEqual({ kind: "found" });
    expect(lookupRoute(table, "HEAD", "/me")).toEqual({ kind: "found" });
    expect(lookupRoute(table, "PUT", "/me")).toEqual({ kind: "method_not_allowed", allow: expect.arrayContaining(["GET", "PATCH"]) });
    expect(lookupRoute(table, "GET", "/me/nothing-here")).toEqual({ kind: "not_found" });
    expect(lookupRoute(table, "POST", "/tenants/org_1/members/mem_1")).toEqual({ kind: "method_not_allowed", allow: expect.arrayContaining(["PATCH", "DELETE"]) });
  });
});
