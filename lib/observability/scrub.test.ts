import { describe, expect, it } from "vitest";
import { scrubText } from "./scrub";

describe("scrubText", () => {
  it("removes emails, bearer tokens, keys and secret values", () => {
    const text = `user ada@example.com failed: Authorization: Bearer abc.def.ghi, key keel_live_0123456789abcdef, {"password":"hunter22"} ?token=s3cr3t&x=1`;
    const scrubbed = scrubText(text);
    for (const secret of ["ada@example.com", "abc.def.ghi", "keel_live_0123456789abcdef", "hunter22", "s3cr3t"]) expect(scrubbed).not.toContain(secret);
    expect(scrubbed).toContain("x=1");
    expect(scrubbed).toContain("[email]");
  });
});
