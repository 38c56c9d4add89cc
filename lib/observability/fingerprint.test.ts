import { describe, expect, it } from "vitest";
import { errorFingerprint, normalizeMessage } from "./fingerprint";

function thrown(message: string, name = "Error"): Error {
  // One call site, so the stacks agree.
  const error = new Error(message);
  error.name = name;
  return error;
}

describe("errorFingerprint", () => {
  it("groups the same error whatever ids and numbers its message carries", () => {
    expect(errorFingerprint(thrown("Tenant org_01jd3z8q6y1v4t8w2k5m7n9p0r not found after 3 tries"))).toBe(errorFingerprint(thrown("Tenant org_01jd3z8q6y1v4t8w2k5m7n9aaa not found after 12 tries")));
  });

  it("tells apart errors of another name or message", () => {
    const base = errorFingerprint(thrown("connection refused"));
    expect(errorFingerprint(thrown("connection reset"))).not.toBe(base);
    expect(errorFingerprint(thrown("connection refused", "TypeError"))).not.toBe(base);
  });

  it("ignores line numbers but not the function that threw", () => {
    const at = (fn: string, line: number) => Object.assign(new Error("boom"), { stack: `Error: boom\n    at ${fn} (/app/lib/x.ts:${line}:7)\n    at run (/app/lib/y.ts:${line + 4}:1)` });
    expect(errorFingerprint(at("charge", 10))).toBe(errorFingerprint(at("charge", 99)));
    expect(errorFingerprint(at("refund", 10))).not.toBe(errorFingerprint(at("charge", 10)));
  });

  it("replaces uuids, quoted values and hex", () => {
    expect(normalizeMessage(`duplicate key "a@b.c" for 3f2b8c1e-9d4a-4b7e-8f00-1234567890ab at 0xdeadbeef`)).toBe("duplicate key <value> for <uuid> at <hex>");
  });
});
