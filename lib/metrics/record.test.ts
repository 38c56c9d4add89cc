import { describe, expect, it } from "vitest";
import { routePattern } from "./record";

describe("routePattern", () => {
  it("puts each param's name where its value was", () => {
    expect(routePattern("/tenants/org_1/members/mem_2", { tenantId: "org_1", memberId: "mem_2" })).toBe("/tenants/[tenantId]/members/[memberId]");
  });

  it("folds a catch-all's segments into one placeholder", () => {
    expect(routePattern("/api/auth/sign-in/email", { all: "sign-in/email" })).toBe("/api/auth/[...all]");
  });

  it("matches a value that was percent-encoded in the path", () => {
    expect(routePattern("/projects/a%20b", { projectId: "a b" })).toBe("/projects/[projectId]");
  });

  it("leaves a path without params as it is", () => {
    expect(routePattern("/me/sessions", {})).toBe("/me/sessions");
  });
});
