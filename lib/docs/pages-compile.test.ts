import { existsSync, readdirSync, readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";

// Every docs page and blog post compiles as MDX. The docs build (fumadocs-mdx inside `next build`)
// fails on one bad page, e.g. a bare `<date>` in prose, which MDX reads as an unclosed JSX tag;
// this finds it in a second instead of at the end of a six-minute build.
// content/blog goes when the blog module is removed.
const pages = ["content/docs", "content/blog"].filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => `${dir}/${file}`),
);

describe("docs pages", () => {
  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("%s compiles as MDX", async (page) => {
    const source = readFileSync(page, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    await expect(compile(source, { remarkPlugins: [remarkGfm] })).resolves.toBeDefined();
  });
});
