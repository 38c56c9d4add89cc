import { describe, expect, it, vi } from "vitest";
import { apiKeyScopes } from "@/lib/auth/scopes";

vi.mock("@/lib/rate-limit", () => ({ rateLimit: vi.fn(), rateLimitHeaders: vi.fn(), RateLimitUnavailableError: class extends Error {} }));
const { scopesBeyondRole } = await import("./grantable");
const { tenantPerMinute } = await import("./limits");

describe("scopes a role may grant", () => {
  it.each([
    ["owner", []],
    ["admin", ["tenant:write"]],
    ["member", ["projects:write", "tenant:write"]],
  ])("%s cannot grant %j (of projects:read, projects:write, tenant:write)", (role, beyond) => {
    expect(scopesBeyondRole(role, ["projects:read", "projects:write", "tenant:write"])).toEqual(beyond);
  });

  it("lets an owner grant every scope, and an unknown role none that need a permission", () => {
    expect(scopesBeyondRole("owner", apiKeyScopes)).toEqual([]);
    expect(scopesBeyondRole("nobody", ["projects:read"])).toEqual(["projects:read"]);
  });
});

describe("tenant-wide burst limit", () => {
  it.each([
    [1_000, 120],
    [50_000, 3_000],
    [1_000_000, 6_000],
    [null, 6_000],
  ])("%s requests a month → %s a minute", (perMonth, perMinute) => {
    expect(tenantPerMinute({ apiRequestsPerMonth: perMonth })).toBe(perMinute);
  });
});
