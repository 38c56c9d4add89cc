import { defineI18n } from "fumadocs-core/i18n";
import { loader } from "fumadocs-core/source";
import { docs } from "fumadocs-mdx:collections/server";
import { defaultLocale, locales } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";

/**
 * The docs' languages: the app's locales. A translation sits beside its page with the locale in
 * the name (`getting-started.de.mdx`, `meta.de.json`); a page without one is served in English
 * under the locale's URLs (`/de/docs/api`), so every locale has every page.
 */
export const docsI18n = defineI18n({ languages: [...locales], defaultLanguage: defaultLocale, parser: "dot", fallbackLanguage: defaultLocale });

/**
 * content/docs as pages, a sidebar tree (from the meta.json files) and a search index. URLs
 * follow the public site's routing: `/docs/…` in English, `/de/docs/…` in German.
 */
export const docsSource = loader({
  baseUrl: "/docs",
  source: docs.toFumadocsSource(),
  i18n: docsI18n,
  url: (slugs, locale) => localizedPath(locale, ["/docs", ...slugs].join("/")),
});

export type DocsPage = NonNullable<ReturnType<typeof docsSource.getPage>>;
