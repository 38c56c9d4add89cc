import { describe, expect, it } from "vitest";
import { portalNavFor } from "./nav";

describe("portal nav", () => {
  it("shows an entry with a permission only to roles it allows (the audit log: owners and admins)", () => {
    const hrefs = (role: string | null) => portalNavFor(role).map((item) => item.href);
    expect(hrefs("owner")).toContain("/dashboard/audit");
    expect(hrefs("admin")).toContain("/dashboard/audit");
    expect(hrefs("member")).not.toContain("/dashboard/audit");
    expect(hrefs(null)).not.toContain("/dashboard/audit");
    // Entries without a permission show to everyone, tenant or not.
    expect(hrefs(null)).toContain("/dashboard/settings");
    expect(hrefs("guest")).toContain("/dashboard/settings");
  });
});
