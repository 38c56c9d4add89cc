/**
 * The blog's lists, without the content: which posts a page of the index shows, and the tags.
 * Pure functions of the post list, so the pagination and tag pages are tested without MDX.
 */

/** How many posts one page of the index (and of a tag's list) shows. */
export const postsPerPage = 10;

export type Listed = { slug: string; date: Date; tags: readonly string[] };

/** Newest first; posts of the same day by slug, so the order never depends on the file system. */
export function newestFirst<P extends Listed>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

/** Pages of at least one (an empty blog still has its index page). */
export function pageCount(total: number, perPage = postsPerPage): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `page` (1-based) of `posts`, or null when there is no such page. */
export function pageOf<P>(posts: readonly P[], page: number, perPage = postsPerPage): { posts: P[]; page: number; pages: number } | null {
  const pages = pageCount(posts.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  return { posts: posts.slice((page - 1) * perPage, page * perPage), page, pages };
}

/** The URL of an index page: `/blog` for the first, `/blog/page/2` after it. */
export function indexPath(page: number): string {
  return page <= 1 ? "/blog" : `/blog/page/${page}`;
}

/** Every tag with how many posts carry it, most used first, then alphabetically. */
export function tagCounts(posts: readonly Listed[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of posts) for (const tag of new Set(post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The posts carrying `tag`, in the order given. */
export function taggedWith<P extends Listed>(posts: readonly P[], tag: string): P[] {
  return posts.filter((post) => post.tags.includes(tag));
}
