/**
 * The "Edit on GitHub" link of a docs page: its source file on the repository's main branch.
 * `path` is the page's file relative to content/docs (`modules/billing.mdx`).
 */
export function editUrl(repoUrl: string, path: string): string {
  const file = path.split("/").map(encodeURIComponent).join("/");
  return `${repoUrl.replace(/\/+$/, "")}/blob/main/content/docs/${file}`;
}
