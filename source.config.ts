import { pageSchema } from "fumadocs-core/source/schema";
import { defineCollections, defineConfig, defineDocs } from "fumadocs-mdx/config";
import { z } from "zod";

/**
 * The content collections fumadocs-mdx compiles at build (into .source/, git-ignored): the docs
 * (content/docs, read by lib/docs) and the blog (content/blog, read by lib/blog). A collection
 * whose folder is gone — the blog after `npm run module -- remove blog` — compiles to an empty list
 * that nothing imports.
 */
export const docs = defineDocs({
  dir: "content/docs",
  docs: { schema: pageSchema.extend({ description: z.string().min(1) }) },
});

export const blog = defineCollections({
  type: "doc",
  dir: "content/blog",
  schema: z.object({
    title: z.string().min(1),
    /** One or two sentences: the index's teaser, the meta description and the feed's summary. */
    description: z.string().min(1),
    date: z.coerce.date(),
    author: z.string().min(1),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, "tags are kebab-case")).min(1),
    /**
     * A file under public/, e.g. `/images/blog/zero-accounts.svg`. Not under public/blog: `/blog/…`
     * URLs go through the locale routing to the blog's pages, so a file there is never served.
     */
    cover: z.string().startsWith("/"),
    coverAlt: z.string().min(1),
  }),
});

export default defineConfig();
