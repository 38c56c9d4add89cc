import { blog } from "fumadocs-mdx:collections/server";
import { newestFirst, tagCounts } from "./listing";

/**
 * The posts in content/blog, newest first. A post's slug is its file name (`content/blog/<slug>.mdx`
 * is `/blog/<slug>`); its frontmatter is checked at build (source.config.ts). Posts are English on
 * every locale's URLs until a translation exists.
 */
export const posts = newestFirst(blog.map((entry) => ({ ...entry, slug: entry.info.path.replace(/\.mdx$/, "") })));

export type Post = (typeof posts)[number];

export function postBySlug(slug: string): Post | undefined {
  return posts.find((post) => post.slug === slug);
}

export const tags = tagCounts(posts);
