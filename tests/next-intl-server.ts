import { createFormatter, createTranslator } from "use-intl/core";
import { appMessages } from "@/lib/app/messages";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { appFormats } from "@/lib/i18n/formats";

/**
 * `next-intl/server` for tests that render server components outside Next (its non-RSC build only
 * throws): the app's messages and formats, in UTC, as the request config serves them. English
 * unless a test picks another locale with `renderIn`.
 * Use with `vi.mock("next-intl/server", () => import("./next-intl-server"))`.
 */
let locale: Locale = defaultLocale;

/** The locale the stand-in answers in from now on (tests run one file per process). */
export function renderIn(next: Locale) {
  locale = next;
}

export async function getLocale() {
  return locale;
}

/** As next-intl's: a namespace, or `{ locale, namespace }` (route handlers name their locale). */
export async function getTranslations(options?: string | { locale?: Locale; namespace?: string }) {
  const { locale: wanted = locale, namespace } = typeof options === "object" ? options : { namespace: options };
  return createTranslator({ locale: wanted, messages: await appMessages(wanted), namespace, formats: appFormats, timeZone: "UTC", onError: fail });
}

export async function getFormatter() {
  return createFormatter({ locale, formats: appFormats, timeZone: "UTC", onError: fail });
}

/** A missing message or a bad argument fails the test instead of rendering the key. */
function fail(error: Error): never {
  throw error;
}
