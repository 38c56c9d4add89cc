import { describe, expect, it } from "vitest";
import { createAccess, definePermissions } from "./roles";

// A matrix of two made-up resources, so these checks hold whatever modules are installed.
const spec = definePermissions({
  widget: {
    actions: ["read", "create", "update", "delete"],
    grants: { owner: ["read", "create", "update", "delete"], admin: ["read", "create", "update", "delete"], member: ["read", "create", "update"], viewer: ["read"] },
    scope: "widgets",
  },
  space: { actions: ["update", "delete"], grants: { owner: ["update", "delete"], admin: ["update"] }, scope: "space" },
});
const access = createAccess(spec);

describe("createAccess", () => {
  it("grants what the spec declares, and nothing undeclared", () => {
    expect(access.can("member", { widget: ["create"] })).toBe(true);
    expect(access.can("member", { widget: ["delete"] })).toBe(false);
    expect(access.can("viewer", { widget: ["read"] })).toBe(true);
    expect(access.can("guest", { widget: ["read"] })).toBe(false);
    expect(access.can("admin", { space: ["delete"] })).toBe(false);
    expect(access.can("nobody", { widget: ["read"] })).toBe(false);
  });

  it("maps a permission to the scope a key needs", () => {
    expect(access.scopesFor({ widget: ["create"] })).toEqual(["widgets:write"]);
    expect(access.scopesFor({ widget: ["read"], space: ["update"] })).toEqual(["widgets:read", "space:write"]);
    expect(access.scopes).toEqual(["widgets:read", "widgets:write", "space:read", "space:write"]);
  });

  it.each([
    ["owner", []],
    ["admin", ["space:write"]],
    ["member", ["widgets:write", "space:write"]],
  ])("%s cannot grant %j (of widgets:read, widgets:write, space:write)", (role, beyond) => {
    expect(access.scopesBeyondRole(role, ["widgets:read", "widgets:write", "space:write"])).toEqual(beyond);
  });

  it("needs no permission for a scope with no actions behind it, and refuses every scope to an unknown role", () => {
    expect(access.scopesBeyondRole("viewer", ["space:read"])).toEqual([]);
    expect(access.scopesBeyondRole("nobody", ["widgets:read"])).toEqual(["widgets:read"]);
  });
});
