/**
 * The app's locales. English is the default and the fallback: its messages are complete by
 * definition, and a test (lib/i18n/messages.test.ts) fails when another locale lacks a key.
 * Adding a locale: list it here, add `messages/<locale>.json` and each module's
 * `lib/<module>/messages/<locale>.json`, and the missing-keys test shows what is left.
 */
export const locales = ["en", "de"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each locale's own name for itself, for the locale switcher. */
export const localeNames: Record<Locale, string> = { en: "English", de: "Deutsch" };

/** Remembers a visitor's choice (the switcher sets it); next-intl's middleware reads the same cookie. */
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
