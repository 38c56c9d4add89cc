"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { localeCookie, localeNames, locales, type Locale } from "@/lib/i18n/config";
import { usePathname, useRouter } from "@/lib/i18n/navigation";

/**
 * The public site's language menu: the same page in another locale (`/pricing` ↔ `/de/pricing`).
 * It also remembers the choice in the cookie the portal and auth pages read when the user has
 * saved no preference.
 */
export function LocaleSwitcher() {
  const t = useTranslations("localeSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const id = useId();
  function choose(next: Locale) {
    document.cookie = `${localeCookie}=${next}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
    router.replace(pathname, { locale: next });
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => choose(event.target.value as Locale)}
        className="rounded-md border border-border bg-background px-2 py-1 text-sm"
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
