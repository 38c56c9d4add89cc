import { defaultLocale } from "./config";

/**
 * A public-site path in a locale, as next-intl's as-needed routing (lib/i18n/routing.ts) writes
 * it: `/docs/api` in English, `/de/docs/api` in German. For code that builds URLs outside React,
 * such as the docs loader, the feed and the sitemap.
 */
export function localizedPath(locale: string | undefined, path: string): string {
  if (!locale || locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
