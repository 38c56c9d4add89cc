import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenDocLinks, brokenSiteLinks, isLive, siteOf, unlinkDeadLinks, unlinkMissingPages } from "./docs-links";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "site-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("the link checker", () => {
  it("finds no dead internal link in the docs, the blog, the app or the README", () => {
    expect(brokenDocLinks()).toEqual([]);
    expect(brokenSiteLinks()).toEqual([]);
  });

  it("catches a broken docs link, and the removal command's unlinking fixes it", () => {
    const root = mkdtempSync(join(tmpdir(), "docs-"));
    mkdirSync(join(root, "modules"));
    writeFileSync(join(root, "modules", "kept.mdx"), "## A\n");
    const text = 'See [kept](/docs/modules/kept#a) and [gone](/docs/modules/gone#b). <Card href="/docs/nowhere" />';
    writeFileSync(join(root, "index.mdx"), text);
    expect(brokenDocLinks(root)).toEqual([
      { file: join(root, "index.mdx"), link: "/docs/modules/gone#b" },
      { file: join(root, "index.mdx"), link: "/docs/nowhere" },
    ]);
    expect(unlinkMissingPages(text, root)).toBe('See [kept](/docs/modules/kept#a) and gone. <Card href="/docs/nowhere" />');
  });

  it("checks anchors against the target page's headings, slugged as Fumadocs does", () => {
    const root = mkdtempSync(join(tmpdir(), "anchors-"));
    const target = "## `429 quota_exceeded`\n\n## Usage\n\n## Usage\n\n## Renamed [#custom]\n\n```md\n## Not a heading\n```\n";
    writeFileSync(join(root, "target.mdx"), target);
    const links = ["#429-quota_exceeded", "#usage", "#usage-1", "#custom", "#not-a-heading", "#429-quotaexceeded", "#renamed"];
    writeFileSync(join(root, "index.mdx"), `${links.map((a) => `[x](/docs/target${a})`).join(" ")} [here](#local) [there](#nowhere)\n\n## Local\n`);
    expect(brokenDocLinks(root).map((b) => b.link)).toEqual(["/docs/target#not-a-heading", "/docs/target#429-quotaexceeded", "/docs/target#renamed", "#nowhere"]);
  });

  it("knows pages, routes, docs pages, posts, tags, feeds and public files, in every locale", () => {
    const root = tree({
      "app/[locale]/(marketing)/pricing/page.tsx": "",
      "app/[locale]/docs/[[...slug]]/page.tsx": "",
      "app/[locale]/blog/[slug]/page.tsx": "",
      "app/(portal)/dashboard/projects/[projectId]/page.tsx": "",
      "app/(api)/me/route.ts": "export const GET = 1;",
      "content/docs/index.mdx": "",
      "content/docs/modules/billing.mdx": "",
      "content/blog/hello.mdx": "---\ntags: [billing, webhooks]\n---",
      "public/logo.svg": "",
      "public/blog/cover.svg": "",
      "public/images/blog/cover.svg": "",
    });
    const site = siteOf(root);
    for (const live of ["/pricing", "/de/pricing", "/docs", "/docs/modules/billing#the-inbox", "/de/docs/modules/billing", "/blog", "/blog/hello", "/de/blog/hello", "/blog/tags/webhooks", "/blog/page/2", "/blog/rss.xml", "/dashboard/projects/proj_1", "/me?x=1", "/logo.svg", "/images/blog/cover.svg", "/sitemap.xml"]) {
      expect({ live, ok: isLive(site, live) }).toEqual({ live, ok: true });
    }
    for (const dead of ["/pricing/x", "/docs/modules/nope", "/blog/bye", "/blog/tags/nope", "/blog/page/0", "/dashboard/nope", "/fr/pricing", "/logo.png", "/blog/cover.svg"]) {
      expect({ dead, ok: isLive(site, dead) }).toEqual({ dead, ok: false });
    }
  });

  it("flags a dead href in the app, a dead link in a post and a missing file in the README, and a removed route's links", () => {
    const root = tree({
      "app/[locale]/(marketing)/page.tsx": '<a href="/pricing">x</a> <Link href="/dashboard">y</Link>',
      "app/(portal)/dashboard/page.tsx": "",
      "components/site/footer.tsx": '<a href="/sign-in">z</a>',
      "content/blog/hello.mdx": "---\ntags: [a]\ncover: /images/gone.svg\n---\nRead [the docs](/docs/api) and [the dashboard](/dashboard).",
      "README.md": "See [removal](content/docs/removal.mdx#x) and [env](.env.example) and </dashboard>.",
      ".env.example": "",
    });
    expect(brokenSiteLinks(root)).toEqual([
      { file: join(root, "content/blog/hello.mdx"), link: "/images/gone.svg" },
      { file: join(root, "content/blog/hello.mdx"), link: "/docs/api" },
      { file: join(root, "app/[locale]/(marketing)/page.tsx"), link: "/pricing" },
      { file: join(root, "components/site/footer.tsx"), link: "/sign-in" },
      { file: join(root, "README.md"), link: "content/docs/removal.mdx" },
    ]);
    expect(unlinkDeadLinks("Read [the docs](/docs/api) and [the dashboard](/dashboard).", siteOf(root))).toBe("Read the docs and [the dashboard](/dashboard).");
  });
});
