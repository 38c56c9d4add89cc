import { defineModule } from "@/lib/manifest/define";

export default defineModule({
  id: "blog",
  core: false,
  summary: "The blog at /blog (Fumadocs MDX): posts in content/blog with title, date, author, tags and cover; a paginated index, tag pages, an RSS feed at /blog/rss.xml and an Open Graph image per post.",
  publicPages: ["/blog"],
  sitemapPages: () => import("./sitemap").then((m) => m.blogSitemapPages()),
  siteNav: [{ href: "/blog", label: "blog", order: 20 }],
  docs: "modules/blog.mdx",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/[locale]/blog"],
    files: ["content/blog", "public/images/blog", "e2e/blog.spec.ts"],
  },
  removal:
    "`/blog`, its tag and index pages, the feed `/blog/rss.xml` and the posts' Open Graph images go, with the posts themselves (`content/blog`, covers in `public/images/blog`), the blog link in the site's header and the posts in the sitemap. `source.config.ts` keeps a `blog` collection that now compiles to an empty list; delete it when you like. Nothing else links to the blog.",
});
