import type { Metadata } from "next";
import { defaultLocale, locales, type Locale } from "./config";

/**
 * A public-site path as a locale's URL: English unprefixed (`/pricing`), the others under their
 * prefix (`/de/pricing`, `/de` for the home page), as lib/i18n/routing.ts routes them.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Every locale's URL of a page, plus `x-default` (the unprefixed English one) for other languages. */
export function languageAlternates(path: string, origin = ""): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((locale) => [locale, `${origin}${localizedPath(locale, path)}`])),
    "x-default": `${origin}${localizedPath(defaultLocale, path)}`,
  };
}

/**
 * A public page's canonical URL and hreflang links. Relative: Next resolves them against
 * `metadataBase` (lib/site-metadata.ts), so they carry the app's origin.
 */
export function pageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return { canonical: localizedPath(locale, path), languages: languageAlternates(path) };
}
