import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Markdown links to another docs page: `[text](/docs/modules/billing#anchor)`. */
const docLink = /\[([^\]]*)\]\(\/docs\/([^)#\s]*)(#[^)\s]*)?\)/g;

function pages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(root, f));
}

/** Whether `/docs/<path>` names a page (`<path>.mdx`, `<path>/index.mdx`) or a section folder. */
function pageExists(root: string, path: string): boolean {
  const clean = path.replace(/\/$/, "");
  if (clean === "") return true;
  return existsSync(join(root, `${clean}.mdx`)) || existsSync(join(root, clean, "index.mdx")) || existsSync(join(root, clean, "meta.json"));
}

/** Every link in the docs to a page that does not exist: the docs' link checker. */
export function brokenDocLinks(root = "content/docs"): { file: string; link: string }[] {
  const broken: { file: string; link: string }[] = [];
  for (const file of pages(root)) {
    for (const match of readFileSync(file, "utf8").matchAll(docLink)) {
      if (!pageExists(root, match[2]!)) broken.push({ file, link: `/docs/${match[2]}${match[3] ?? ""}` });
    }
  }
  return broken;
}

/** Turns links to pages that no longer exist into plain text (the removal command runs this). */
export function unlinkMissingPages(text: string, root = "content/docs"): string {
  return text.replace(docLink, (whole, label: string, path: string) => (pageExists(root, path) ? whole : label));
}
