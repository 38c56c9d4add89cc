import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import GithubSlugger from "github-slugger";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { matchesPattern, scanRouteTable } from "@/lib/http/route-table";

/** Markdown links to another docs page: `[text](/docs/modules/billing#anchor)`. */
const docLink = /\[([^\]]*)\]\(\/docs\/([^)#\s]*)(#[^)\s]*)?\)/g;
/** The same as a JSX attribute (`<Card href="/docs/api">`). */
const docHref = /href="\/docs\/?([^"#]*)(#[^"]*)?"/g;

function pages(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(root, f));
}

/** Whether `/docs/<path>` names a page: `<path>.mdx` or `<path>/index.mdx` (a folder without one is a 404). */
function pageExists(root: string, path: string): boolean {
  const clean = path.replace(/\/$/, "");
  return existsSync(join(root, `${clean || "index"}.mdx`)) || existsSync(join(root, clean, "index.mdx"));
}

function pageFile(root: string, path: string): string {
  const clean = path.replace(/\/$/, "");
  const direct = join(root, `${clean || "index"}.mdx`);
  return existsSync(direct) ? direct : join(root, clean, "index.mdx");
}

/**
 * The anchors a page's headings get: Fumadocs slugs each heading's text with github-slugger
 * (numbering repeats: `usage`, `usage-1`), or takes a custom id written `## Title [#id]`.
 * Headings inside code fences are not headings.
 */
export function headingAnchors(source: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const prose = source.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
  for (const match of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const custom = /\[#([^\]]+)\]$/.exec(match[1]!);
    const text = match[1]!.replace(/`([^`]*)`/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*/g, "");
    anchors.add(custom ? custom[1]! : slugger.slug(text));
  }
  return anchors;
}

/**
 * Every link in the docs to a page that does not exist, or to a heading the page does not have
 * (`/docs/modules/billing#no-such-heading`, `#anchor` on the same page): the docs' own
 * consistency, served or not.
 */
export function brokenDocLinks(root = "content/docs"): { file: string; link: string }[] {
  const broken: { file: string; link: string }[] = [];
  const anchorsOf = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => anchorsOf.get(file) ?? anchorsOf.set(file, headingAnchors(readFileSync(file, "utf8"))).get(file)!;
  for (const file of pages(root)) {
    const text = readFileSync(file, "utf8");
    const links = [...text.matchAll(docLink)].map((m) => [m[2]!, m[3]] as const).concat([...text.matchAll(docHref)].map((m) => [m[1]!, m[2]] as const));
    for (const [path, anchor] of links) {
      const link = `/docs/${path}${anchor ?? ""}`;
      if (!pageExists(root, path)) broken.push({ file, link });
      else if (anchor && !anchorsIn(pageFile(root, path)).has(decodeURIComponent(anchor.slice(1)))) broken.push({ file, link });
    }
    for (const match of text.matchAll(/\]\(#([^)\s]+)\)/g)) {
      if (!anchorsIn(file).has(decodeURIComponent(match[1]!))) broken.push({ file, link: `#${match[1]}` });
    }
  }
  return broken;
}

/** Turns links to pages that no longer exist into plain text (the removal command runs this). */
export function unlinkMissingPages(text: string, root = "content/docs"): string {
  return text.replace(docLink, (whole, label: string, path: string) => (pageExists(root, path) ? whole : label));
}

/**
 * What the app serves, read from the tree: route patterns under app/ (the public site's without
 * its `[locale]` segment), the docs pages and blog posts when their routes exist, and public/ files.
 */
export type Site = { patterns: string[]; docs: Set<string> | null; blog: { posts: Set<string>; tags: Set<string> } | null; files: Set<string>; localized: Set<string> };

export function siteOf(root = "."): Site {
  const patterns = scanRouteTable(join(root, "app"))
    .map((entry) => entry.pattern.replace(/^\/\[locale\]/, "") || "/")
    .concat(["/robots.txt", "/sitemap.xml"]);
  const docsRoot = join(root, "content/docs");
  const docs = existsSync(join(root, "app/[locale]/docs"))
    ? new Set(pages(docsRoot).map((file) => `/docs/${file.slice(docsRoot.length + 1).replace(/\.mdx$/, "").replace(/(^|\/)index$/, "")}`.replace(/\/$/, "")))
    : null;
  const blogRoot = join(root, "content/blog");
  const blog = existsSync(join(root, "app/[locale]/blog"))
    ? {
        posts: new Set(pages(blogRoot).map((file) => file.slice(blogRoot.length + 1).replace(/\.mdx$/, ""))),
        tags: new Set(pages(blogRoot).flatMap((file) => frontmatterTags(readFileSync(file, "utf8")))),
      }
    : null;
  const publicDir = join(root, "public");
  const files = new Set(existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, encoding: "utf8" }).map((f) => `/${f}`) : []);
  // The public site's first segments: proxy.ts sends `/blog/…` to the pages, so public/blog/x.svg is never served.
  const localized = new Set(scanRouteTable(join(root, "app/[locale]")).map((entry) => entry.pattern.split("/")[1] ?? ""));
  return { patterns, docs, blog, files, localized };
}

/** Whether the app answers `link` (a path, maybe with a query or an anchor, maybe under `/de`). */
export function isLive(site: Site, link: string): boolean {
  let path = link.replace(/[?#].*$/, "").replace(/(.)\/$/, "$1");
  const first = path.split("/")[1];
  if (isLocale(first) && first !== defaultLocale) path = path.slice(first.length + 1) || "/";
  if (site.files.has(path) && !(path.indexOf("/", 1) > 0 && site.localized.has(path.split("/")[1]!))) return true;
  if (path === "/docs" || path.startsWith("/docs/")) return site.docs?.has(path) ?? false;
  if (path === "/blog" || path.startsWith("/blog/")) return site.blog !== null && isBlogPath(site.blog, path);
  return site.patterns.some((pattern) => !/^\/(docs|blog)(\/|$)/.test(pattern) && matchesPattern(pattern, path));
}

function isBlogPath(blog: NonNullable<Site["blog"]>, path: string): boolean {
  const [, , second, third, ...rest] = path.split("/");
  if (rest.length) return false;
  if (second === undefined || second === "rss.xml") return third === undefined;
  if (second === "page") return third !== undefined && /^[1-9]\d*$/.test(third);
  if (second === "tags") return third !== undefined && blog.tags.has(third);
  return third === undefined && blog.posts.has(second);
}

function frontmatterTags(source: string): string[] {
  const list = /^tags:\s*\[([^\]]*)\]/m.exec(source)?.[1];
  return list ? list.split(",").map((tag) => tag.trim().replace(/^["']|["']$/g, "")).filter(Boolean) : [];
}

/** Site paths a file links to: Markdown links, `href="/…"` and a post's `cover:`. */
function linksIn(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"|<http:\/\/localhost:3000(\/[^>]*)>|^cover:\s*(\/\S+)$/gm)) {
    const link = match[1] ?? match[2] ?? match[3] ?? match[4]!;
    if (!link.startsWith("//")) found.push(link);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/**
 * Every internal link to something the app does not serve: in the docs (other than their links
 * to each other, which brokenDocLinks checks), the blog posts, the app's and components' `href="/…"`,
 * and README.md (its site paths, and its links to files in the repository).
 */
export function brokenSiteLinks(root = "."): { file: string; link: string }[] {
  const site = siteOf(root);
  const broken: { file: string; link: string }[] = [];
  const check = (file: string, links: string[]) => {
    for (const link of links) if (!isLive(site, link)) broken.push({ file, link });
  };
  for (const file of pages(join(root, "content/docs"))) {
    check(file, linksIn(readFileSync(file, "utf8")).filter((link) => !/^\/docs(\/|#|$)/.test(link)));
  }
  for (const file of [...pages(join(root, "content/blog")), ...sourceFiles(join(root, "app")), ...sourceFiles(join(root, "components"))]) {
    check(file, linksIn(readFileSync(file, "utf8")));
  }
  const readme = join(root, "README.md");
  if (existsSync(readme)) {
    const text = readFileSync(readme, "utf8");
    check(readme, linksIn(text));
    for (const match of text.matchAll(/\]\((?!https?:|mailto:|#|\/)([^)\s#]+)(#[^)\s]*)?\)/g)) {
      if (!existsSync(join(dirname(readme), match[1]!))) broken.push({ file: readme, link: match[1]! });
    }
  }
  return broken;
}

/** Turns Markdown links the app no longer serves into plain text (the removal command, for the blog). */
export function unlinkDeadLinks(text: string, site: Site): string {
  return text.replace(/\[([^\]]*)\]\((\/[^)\s]*)\)/g, (whole, label: string, link: string) => (isLive(site, link) ? whole : label));
}
