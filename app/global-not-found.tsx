/* eslint-disable i18next/no-literal-string -- prerendered without a request locale: English on purpose (see below). */
import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Keel" };

/**
 * Any URL no route matches (next.config.ts: `experimental.globalNotFound`). The app has one root
 * layout per area (lib/site-metadata.ts), so this page brings its own `<html>`. It renders without
 * a request locale, so it is English; the public site's own 404s are translated
 * (app/[locale]/not-found.tsx). Prerendered, so proxy.ts gives unmatched URLs the public site's
 * policy, without a nonce.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <main className="flex min-h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
          <p className="text-sm font-medium text-muted-foreground">404</p>
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="max-w-sm text-muted-foreground">The page you are looking for does not exist or has moved.</p>
          <Link
            href="/"
            className="rounded-md border border-border px-4 py-2 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            Back home
          </Link>
        </main>
      </body>
    </html>
  );
}
