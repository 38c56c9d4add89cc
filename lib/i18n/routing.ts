import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCookie, locales } from "./config";

/**
 * The public site's URLs (landing, pricing, docs, blog, legal) under `app/[locale]`: English
 * without a prefix (`/pricing`), every other locale with one (`/de/pricing`). The portal, admin and
 * auth pages are not here: their URLs stay unprefixed and their locale comes from the user's
 * preference (lib/i18n/negotiate.ts).
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeCookie: { name: localeCookie, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
  // No `Link: …; hreflang` header on every response: it named a German version of each docs page
  // and post, which are English (their German URLs name the English page as canonical), and
  // Lighthouse failed the canonical audit on that. Pages that are translated declare their
  // alternates in their own metadata (lib/i18n/alternates.ts), as the sitemap does.
  alternateLinks: false,
});
