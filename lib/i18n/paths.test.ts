import { describe, expect, it } from "vitest";
import { localizedPath } from "./paths";

describe("localizedPath", () => {
  it("leaves English unprefixed and prefixes the other locales", () => {
    expect(localizedPath("en", "/docs/api")).toBe("/docs/api");
    expect(localizedPath(undefined, "/blog")).toBe("/blog");
    expect(localizedPath("de", "/docs/api")).toBe("/de/docs/api");
    expect(localizedPath("de", "/")).toBe("/de");
  });
});
