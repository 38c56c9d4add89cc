import { describe, expect, it } from "vitest";
import { findForbiddenString, hasForbiddenCharacters } from "./strings";

describe("forbidden characters", () => {
  it("refuses NUL and lone surrogates, accepts real text and emoji", () => {
    expect(hasForbiddenCharacters("a\u0000b")).toBe(true);
    expect(hasForbiddenCharacters("\uD800")).toBe(true);
    expect(hasForbiddenCharacters("x\uDC00y")).toBe(true);
    expect(hasForbiddenCharacters("\uDBFF\uDBFF\uDC00")).toBe(true); // the first high surrogate is alone
    expect(hasForbiddenCharacters("café 🚀 日本")).toBe(false);
    expect(hasForbiddenCharacters("")).toBe(false);
  });

  it("names the path of the first bad string or key", () => {
    expect(findForbiddenString({ name: "ok", tags: ["fine", "bad\u0000"] })).toBe("tags.1");
    expect(findForbiddenString({ nested: { ["k\uD800"]: 1 } })).toBe("nested.k\uD800");
    expect(findForbiddenString("\u0000")).toBe("_root");
    expect(findForbiddenString({ a: [1, null, true, { b: "🚀" }] })).toBeNull();
  });
});
