import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { appMessages } from "@/lib/app/messages";
import type { Locale } from "@/lib/i18n/config";
import { appFormats } from "@/lib/i18n/formats";

/**
 * A component's server-rendered HTML in a locale, with every installed module's messages as a
 * portal page has them. A missing message or a broken ICU argument throws instead of rendering
 * the key, so a test catches a t("key") that no message file has.
 */
export async function renderInLocale(locale: Locale, node: ReactNode): Promise<string> {
  const messages = await appMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      formats={appFormats}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      {node}
    </NextIntlClientProvider>,
  );
}

/** The text people read in some HTML, tags dropped and spaces collapsed. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ").trim();
}
