import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths on this site, with their query and hash", () => {
    expect(safeNext("/dashboard/team")).toBe("/dashboard/team");
    expect(safeNext("/accept-invitation/inv_1?token=abc#x")).toBe("/accept-invitation/inv_1?token=abc#x");
  });

  it("refuses every way off the site", () => {
    for (const attack of ["//evil.com", "/\\\\evil.com", "/%09/evil.com", "/%0a/evil.com", "/\t/evil.com", "https://evil.com", "javascript:alert(1)", "evil.com", "/%5C%5Cevil.com", "/%2F/evil.com", ""]) {
      expect(safeNext(attack), attack).toBe("/dashboard");
    }
    expect(safeNext(undefined, "/fallback")).toBe("/fallback");
  });
});
