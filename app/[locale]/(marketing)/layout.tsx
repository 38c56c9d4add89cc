import Image from "next/image";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { moduleIndex, siteNav } from "@/lib/app/module-index";
import { buttonClass } from "@/components/ui/button";
import { Link as LocalizedLink } from "@/lib/i18n/navigation";

/** The marketing pages' header and footer (components/site). Sign-in and sign-up are unprefixed app pages: plain links. */
export default async function MarketingLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("site");
  // /pricing is the billing module's page, /docs and /blog theirs: no link to a module that is gone.
  const installed = new Set(moduleIndex.map((m) => m.id));
  const hidden = Object.entries({ "/pricing": "billing", "/docs": "docs", "/blog": "blog" }).flatMap(([href, id]) => (installed.has(id) ? [] : [href]));
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-5">
        <LocalizedLink href="/" className="rounded-md">
          <Image src="/logo.svg" alt="Keel" width={72} height={28} loading="eager" />
        </LocalizedLink>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-2">
          {/* Pricing, docs, blog: from the modules' manifests, so a removed module's link goes with it. */}
          {siteNav.map((link) => (
            <LocalizedLink key={link.href} className={buttonClass("ghost", "sm")} href={link.href}>
              {t(`nav.${link.label}`)}
            </LocalizedLink>
          ))}
          <Link className={buttonClass("ghost", "sm")} href="/sign-in">
            {t("nav.signIn")}
          </Link>
          <Link className={buttonClass("primary", "sm")} href="/sign-up">
            {t("nav.getStarted")}
          </Link>
        </nav>
      </header>
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
      <SiteFooter hidden={hidden} />
    </div>
  );
}
