import { defaultLocale } from "@/lib/i18n/config";
import { docsSource } from "./source";

/** Every docs page's URL, once: the English pages (other locales serve the same text until translated). */
export function docsSitemapPages(): string[] {
  return docsSource.getPages(defaultLocale).map((page) => page.url);
}
