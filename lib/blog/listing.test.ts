import { describe, expect, it } from "vitest";
import { indexPath, newestFirst, pageCount, pageOf, tagCounts, taggedWith } from "./listing";

const post = (slug: string, day: number, tags: string[] = []) => ({ slug, date: new Date(Date.UTC(2026, 0, day)), tags });

describe("the blog's lists", () => {
  it("orders posts newest first, ties by slug", () => {
    const posts = [post("b", 1), post("c", 3), post("a", 1)];
    expect(newestFirst(posts).map((p) => p.slug)).toEqual(["c", "a", "b"]);
    expect(posts.map((p) => p.slug)).toEqual(["b", "c", "a"]); // not sorted in place
  });

  it("splits them into pages, and knows which pages exist", () => {
    const posts = Array.from({ length: 23 }, (_, i) => post(`p${i}`, i + 1));
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageOf(posts, 1, 10)?.posts.map((p) => p.slug)).toEqual(posts.slice(0, 10).map((p) => p.slug));
    expect(pageOf(posts, 3, 10)).toEqual({ posts: posts.slice(20), page: 3, pages: 3 });
    for (const missing of [0, 4, -1, 1.5, Number.NaN]) expect(pageOf(posts, missing, 10)).toBeNull();
    expect(pageOf([], 1, 10)).toEqual({ posts: [], page: 1, pages: 1 });
  });

  it("links the first page at /blog and the others under /blog/page", () => {
    expect(indexPath(1)).toBe("/blog");
    expect(indexPath(2)).toBe("/blog/page/2");
  });

  it("counts tags once per post, most used first, and lists a tag's posts", () => {
    const posts = [post("a", 1, ["billing", "webhooks", "billing"]), post("b", 2, ["webhooks"]), post("c", 3, ["dx"])];
    expect(tagCounts(posts)).toEqual([
      { tag: "webhooks", count: 2 },
      { tag: "billing", count: 1 },
      { tag: "dx", count: 1 },
    ]);
    expect(taggedWith(posts, "webhooks").map((p) => p.slug)).toEqual(["a", "b"]);
    expect(taggedWith(posts, "nope")).toEqual([]);
  });
});
