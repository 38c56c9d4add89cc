import { describe, expect, it } from "vitest";
import { assertObjectKey, isObjectKey, maxObjectKeyLength } from "./object-key";

describe("storage keys", () => {
  it.each(["privacy/exports/prq_01jd3k.zip", "a", "uploads/2026/11/avatar.v2.png", ".hidden/file", "a-b_c.d/e"])("accepts %s", (key) => {
    expect(isObjectKey(key)).toBe(true);
    expect(assertObjectKey(key)).toBe(key);
  });

  it.each([
    ["empty", ""],
    ["a leading slash", "/etc/passwd"],
    ["a parent segment", "privacy/../secrets.zip"],
    ["a parent segment at the start", "../outside"],
    ["a current-directory segment", "privacy/./x.zip"],
    ["a trailing slash", "privacy/exports/"],
    ["a doubled slash", "privacy//x.zip"],
    ["a backslash", "privacy\\x.zip"],
    ["a space", "privacy/my file.zip"],
    ["a query", "x.zip?signature=1"],
    ["non-ASCII", "privacy/ä.zip"],
    ["a NUL", "x\u0000.zip"],
    ["a newline", "x\n.zip"],
    ["too long", "a".repeat(maxObjectKeyLength + 1)],
  ])("refuses %s", (_, key) => {
    expect(isObjectKey(key)).toBe(false);
    expect(() => assertObjectKey(key)).toThrow(/Invalid storage key/);
  });
});
