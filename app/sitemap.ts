import type { MetadataRoute } from "next";
import { contentPages, publicPages } from "@/lib/app/catalogs";
import { appUrl } from "@/lib/auth/config";
import { languageAlternates, localizedPath } from "@/lib/i18n/alternates";
import { isLocalizedPath } from "@/lib/i18n/build-paths";
import { locales } from "@/lib/i18n/config";

/**
 * The public pages worth indexing: the core's (home, changelog, legal), the pages modules declare
 * in their manifests (`publicPages`), and their content pages (`sitemapPages`: docs pages, posts),
 * so a removed module's pages leave the sitemap with it.
 * A public-site page (app/[locale]) is listed once per locale, each entry naming all its language
 * versions (hreflang, with x-default); the app pages (sign-in, sign-up) have one URL.
 *
 * Rendered per request, like robots.ts, so the URLs carry the origin the server runs with
 * (BETTER_AUTH_URL) rather than the one present at build time.
 */
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // A module's content pages and the index above them (/docs, /blog) are listed in English only.
  const listed = await contentPages();
  const isContent = (path: string) => path !== "/" && listed.some((page) => page === path || page.startsWith(`${path}/`));
  const content = new Set([...publicPages.filter(isContent), ...listed]);
  const pages = publicPages.filter((path) => !content.has(path)).flatMap((path) => {
    const priority = path === "/" ? 1 : 0.5;
    if (!isLocalizedPath(path)) return [{ url: `${appUrl}${path}`, priority }];
    const alternates = { languages: languageAlternates(path, appUrl) };
    return locales.map((locale) => ({ url: `${appUrl}${localizedPath(locale, path)}`, priority, alternates }));
  });
  // Content pages (docs pages, posts) are English until translated: their German URLs name the
  // English page as canonical, so only the English URL is listed.
  return [...pages, ...[...content].map((path) => ({ url: `${appUrl}${path}`, priority: 0.5 }))];
}
