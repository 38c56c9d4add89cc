import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { savedLocale } from "@/lib/auth/saved-locale";
import { isLocale, localeCookie } from "@/lib/i18n/config";
import { appFormats } from "@/lib/i18n/formats";
import { resolveLocale } from "@/lib/i18n/negotiate";
import { appMessages } from "./messages";

/**
 * next-intl's per-request configuration (next.config.ts points its plugin here).
 * - The public site (`app/[locale]`) names its locale in the URL: pages call `setRequestLocale`,
 *   so they read no headers and prerender at build.
 * - Everything else (portal, admin, auth pages) resolves it per request: the user's saved
 *   preference, the switcher's cookie, `Accept-Language`, English.
 *
 * Every page's server code imports this file, the public site's included: it must not reach the
 * module manifests or the Better Auth instance (built from them), or their client components join
 * the public site's first-load JS. Hence the module index and the direct locale query.
 */
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : await preferredLocale();
  return { locale, messages: await appMessages(locale), timeZone: "UTC", formats: appFormats };
});

async function preferredLocale() {
  const [jar, sent] = await Promise.all([cookies(), headers()]);
  const saved = await savedLocale(jar).catch(() => null);
  return resolveLocale({ saved, cookie: jar.get(localeCookie)?.value, acceptLanguage: sent.get("accept-language") });
}
