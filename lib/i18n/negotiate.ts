import { defaultLocale, isLocale, locales, type Locale } from "./config";

/**
 * The best of our locales for an `Accept-Language` header, or undefined when none fits. Matches
 * on the primary subtag (`de-AT` → `de`) and honours q-values; ties keep the header's order.
 * Small enough to write here: next-intl's own negotiation lives inside its routing middleware,
 * which the portal (unprefixed URLs) does not run.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0]!, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.language && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    if (range.language === "*") return defaultLocale;
    const match = locales.find((locale) => locale === range.language);
    if (match) return match;
  }
  return undefined;
}

/**
 * The locale of a page outside the locale-prefixed public site (portal, admin, auth pages):
 * the signed-in user's saved preference, else the cookie the switcher sets, else the browser's
 * `Accept-Language`, else English.
 */
export function resolveLocale(sources: { saved?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.saved)) return sources.saved;
  if (isLocale(sources.cookie)) return sources.cookie;
  return negotiateLocale(sources.acceptLanguage) ?? defaultLocale;
}
