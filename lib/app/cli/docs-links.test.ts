import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenDocLinks, unlinkMissingPages } from "./docs-links";

describe("the docs' link checker", () => {
  it("finds no link to a page that does not exist", () => {
    expect(brokenDocLinks()).toEqual([]);
  });

  it("catches a broken link, and the removal command's unlinking fixes it", () => {
    const root = mkdtempSync(join(tmpdir(), "docs-"));
    mkdirSync(join(root, "modules"));
    writeFileSync(join(root, "modules", "kept.mdx"), "kept");
    const text = "See [kept](/docs/modules/kept#a) and [gone](/docs/modules/gone#b).";
    writeFileSync(join(root, "index.mdx"), text);
    expect(brokenDocLinks(root)).toEqual([{ file: join(root, "index.mdx"), link: "/docs/modules/gone#b" }]);
    expect(unlinkMissingPages(text, root)).toBe("See [kept](/docs/modules/kept#a) and gone.");
  });
});
