"use client";

import { useEffect, useSyncExternalStore } from "react";
import messages from "./global-error-messages.json";
import "@/app/globals.css";

type Locale = keyof typeof messages;

/**
 * The last resort: a root layout itself threw, so there is no layout, no message provider and no
 * locale from the request. It renders its own document, picks English or German from the browser,
 * and shows Next's digest, the reference under which the server reported the error
 * (instrumentation.ts). Its few strings live beside it, not in messages/: loading the whole
 * catalogue here would put it in every page's first load.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noChanges, browserLocale, () => "en" as const);
  useEffect(() => {
    console.error(error);
  }, [error]);
  const t = messages[locale];
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <main className="mx-auto max-w-xl space-y-4 px-6 py-16" role="alert">
          <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
          <p>{t.body}</p>
          {error.digest ? (
            <p className="text-sm">
              {t.reference} <code className="text-xs">{error.digest}</code>
            </p>
          ) : null}
          <button type="button" className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}

const noChanges = () => () => {};
const browserLocale = (): Locale => (navigator.language.toLowerCase().startsWith("de") ? "de" : "en");
