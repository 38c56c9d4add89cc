import { describe, expect, it } from "vitest";
import { rssFeed } from "./feed";

describe("the blog's feed", () => {
  it("is RSS 2.0 with absolute links, dates in RFC 822 and escaped text", () => {
    const xml = rssFeed(
      { title: "Keel blog", description: "Notes & news", siteUrl: "https://keel.test/blog", feedUrl: "https://keel.test/blog/rss.xml", language: "en" },
      [{ title: "Ledgers <done> right", description: "Why \"once\" matters", url: "https://keel.test/blog/ledgers", date: new Date(Date.UTC(2026, 10, 2)), author: "Keel", tags: ["billing"] }],
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain("<title>Ledgers &lt;done&gt; right</title>");
    expect(xml).toContain("<description>Notes &amp; news</description>");
    expect(xml).toContain("<description>Why &quot;once&quot; matters</description>");
    expect(xml).toContain('<guid isPermaLink="true">https://keel.test/blog/ledgers</guid>');
    expect(xml).toContain("<pubDate>Mon, 02 Nov 2026 00:00:00 GMT</pubDate>");
    expect(xml).toContain("<category>billing</category>");
    expect(xml).toContain('<atom:link href="https://keel.test/blog/rss.xml" rel="self" type="application/rss+xml" />');
  });
});
