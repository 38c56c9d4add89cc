import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "@/app/globals.css";

/**
 * `<html>` and `<body>` for the areas that render per request (portal, admin, auth pages,
 * simulator): every page there carries this request's CSP nonce, which a prerendered page could
 * not (lib/http/content-security-policy.ts). The locale is the user's (lib/app/i18n-request.ts),
 * and client components get every message: these pages are behind sign-in, not on a landing
 * page's first-load budget.
 */
export async function RequestDocument({ children }: { children: ReactNode }) {
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
