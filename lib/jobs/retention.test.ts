import { describe, expect, it } from "vitest";
import { retentionDays } from "./retention";

describe("retentionDays", () => {
  const audit = { class: "audit_log", days: 400 };
  it("keeps the rule's default without an override for its class", () => {
    expect(retentionDays(audit, undefined)).toBe(400);
    expect(retentionDays(audit, "sessions=14")).toBe(400);
  });
  it("takes the override named for its class, spaces and all", () => {
    expect(retentionDays(audit, "sessions=14, audit_log = 730")).toBe(730);
  });
});
