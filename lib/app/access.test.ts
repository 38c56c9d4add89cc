import { describe, expect, it } from "vitest";
import { roleNames } from "@/lib/auth/roles";
import { access } from "./access";

describe("the app's permission matrix (folded from the installed modules)", () => {
  it("lets an owner grant every scope and do everything but what only Better Auth uses", () => {
    expect(access.scopesBeyondRole("owner", access.scopes)).toEqual([]);
  });

  it("gives each scope a read and a write form, from a resource some module declares", () => {
    for (const scope of access.scopes) expect(scope).toMatch(/^[a-z_]+:(read|write)$/);
    expect(new Set(access.scopes).size).toBe(access.scopes.length);
  });

  it("never lets a lower role do what a higher one cannot", () => {
    const matrix = access.matrix();
    for (let i = 1; i < roleNames.length; i++) {
      const [higher, lower] = [matrix[roleNames[i - 1]!], matrix[roleNames[i]!]];
      for (const [resource, actions] of Object.entries(lower)) {
        for (const action of actions) expect(higher[resource], `${roleNames[i]} ${resource}:${action}`).toContain(action);
      }
    }
  });
});
