import { DocsLayout } from "fumadocs-ui/layouts/docs";
import Image from "next/image";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ContentProvider } from "@/components/site/content-provider";
import { githubLink } from "@/components/site/github-link";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { docsEnv } from "@/lib/docs/env";
import { docsSource } from "@/lib/docs/source";
import { localizedPath } from "@/lib/i18n/paths";

/** The docs' chrome: sidebar from content/docs' meta.json files, search, theme switch, language. */
export default async function DocsSiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("docs");
  return (
    <ContentProvider locale={locale}>
      <DocsLayout
        tree={docsSource.getPageTree(locale)}
        nav={{
          url: localizedPath(locale, "/"),
          title: (
            <>
              <Image src="/logo.svg" alt="Keel" width={62} height={24} loading="eager" />
              <span className="font-medium">{t("navTitle")}</span>
            </>
          ),
        }}
        links={[githubLink(docsEnv.NEXT_PUBLIC_DOCS_REPO_URL)]}
        sidebar={{ footer: <LocaleSwitcher /> }}
      >
        {children}
      </DocsLayout>
    </ContentProvider>
  );
}
