import { describe, expect, it } from "vitest";
import { access } from "./access";

describe("the app's permission matrix", () => {
  it.each([
    ["owner", []],
    ["admin", ["tenant:write"]],
    ["member", ["projects:write", "tenant:write"]],
  ])("%s cannot grant %j (of projects:read, projects:write, tenant:write)", (role, beyond) => {
    expect(access.scopesBeyondRole(role, ["projects:read", "projects:write", "tenant:write"])).toEqual(beyond);
  });

  it("lets an owner grant every scope, and an unknown role none that need a permission", () => {
    expect(access.scopesBeyondRole("owner", access.scopes)).toEqual([]);
    expect(access.scopesBeyondRole("nobody", ["projects:read"])).toEqual(["projects:read"]);
  });

  it("maps a permission to the scope a key needs", () => {
    expect(access.scopesFor({ project: ["create"] })).toEqual(["projects:write"]);
    expect(access.scopesFor({ project: ["read"], usage: ["read"] })).toEqual(["projects:read", "usage:read"]);
  });

  it("grants what each module declares, and nothing undeclared", () => {
    expect(access.can("member", { project: ["create"] })).toBe(true);
    expect(access.can("member", { project: ["delete"] })).toBe(false);
    expect(access.can("viewer", { member: ["read"] })).toBe(true);
    expect(access.can("guest", { member: ["read"] })).toBe(false);
    expect(access.can("admin", { organization: ["delete"] })).toBe(false);
    expect(access.can("owner", { organization: ["delete"] })).toBe(true);
  });
});
