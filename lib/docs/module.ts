import { defineModule } from "@/lib/manifest/define";
import { keys } from "./keys";

export default defineModule({
  id: "docs",
  core: false,
  summary: "The documentation site at /docs (Fumadocs): content/docs with a sidebar from meta.json, full-text search at /api/search, tables of contents, dark mode and Edit-on-GitHub links.",
  env: keys,
  publicPages: ["/docs"],
  sitemapPages: () => import("./sitemap").then((m) => m.docsSitemapPages()),
  siteNav: [{ href: "/docs", label: "docs", order: 10 }],
  docs: "modules/docs.mdx",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/[locale]/docs", "app/api/search"],
    files: ["e2e/docs.spec.ts"],
  },
  removal:
    "`/docs` and the search route `/api/search` go, with the docs link in the site's header and the docs pages in the sitemap. The Markdown in `content/docs` stays (it is still the documentation, readable on GitHub, and module manifests name their pages); so do `source.config.ts` and the fumadocs-mdx plugin in `next.config.ts`, which the blog uses too. Without the blog as well, delete those two, `components/site/content-provider.tsx`, `components/site/content.css` and the `fumadocs-*` packages.",
});
