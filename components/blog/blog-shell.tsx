import { ThemeSwitch } from "fumadocs-ui/layouts/shared/slots/theme-switch";
import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/lib/i18n/navigation";

/** The blog's header (home, the index, the feed, the theme switch) and footer (language). */
export async function BlogShell({ children }: { children: ReactNode }) {
  const t = await getTranslations("blog");
  const site = await getTranslations("site");
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        {site("skipToContent")}
      </a>
      <header className="border-b border-border">
        <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-3 px-6 py-4">
          <nav aria-label={site("nav.label")} className="flex items-center gap-4">
            <Link href="/" className="rounded-md" aria-label={t("home")}>
              <Image src="/logo.svg" alt="Keel" width={72} height={28} loading="eager" />
            </Link>
            <Link href="/blog" className="font-medium hover:underline">
              {t("navTitle")}
            </Link>
          </nav>
          <div className="flex items-center gap-3">
            {/* The feed is a file, not a page: a plain link. */}
            <a href="/blog/rss.xml" className="text-sm text-muted-foreground hover:text-foreground hover:underline">
              {t("rss")}
            </a>
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-6 py-10">
        {children}
      </main>
      <footer className="border-t border-border">
        <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-3 px-6 py-6 text-sm text-muted-foreground">
          <p>{site("footer.license")}</p>
          <LocaleSwitcher />
        </div>
      </footer>
    </div>
  );
}
