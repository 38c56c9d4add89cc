import { indexPath, pageCount } from "./listing";
import { posts, tags } from "./posts";

/** The blog's URLs beyond /blog: each post, each further index page and each tag page (English URLs). */
export function blogSitemapPages(): string[] {
  const pages = Array.from({ length: pageCount(posts.length) - 1 }, (_, i) => indexPath(i + 2));
  return [...posts.map((post) => `/blog/${post.slug}`), ...pages, ...tags.map(({ tag }) => `/blog/tags/${tag}`)];
}
