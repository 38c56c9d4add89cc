import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { siteScripts } from "@/lib/app/module-index";
import { locales } from "@/lib/i18n/config";
import { routing } from "@/lib/i18n/routing";
import { siteMetadata } from "@/lib/site-metadata";
import "@/app/globals.css";

export const metadata: Metadata = siteMetadata;

/** Every locale's pages prerender at build; any other first segment is a 404. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}
export const dynamicParams = false;

/**
 * The public site's root layout (landing, pricing, docs, blog, legal), one per locale. Its pages
 * prerender at build: no cookies or headers are read here, so no session-dependent chrome, and the
 * CSP these pages get has no nonce (proxy.ts, lib/http/content-security-policy.ts).
 * Client components get only the site's messages (and the error page's), not the portal's: they
 * are first-load bytes.
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { site, localeSwitcher, ui } = await getMessages();
  return (
    // The docs' and blog's theme switch (next-themes) sets a class on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <NextIntlClientProvider messages={{ site, localeSwitcher, ui: { errorPage: (ui as Record<string, unknown>).errorPage } }}>{children}</NextIntlClientProvider>
        {siteScripts.map(({ src, data }) => (
          <script key={src} src={src} defer {...Object.fromEntries(Object.entries(data ?? {}).map(([name, value]) => [`data-${name}`, value]))} />
        ))}
      </body>
    </html>
  );
}
