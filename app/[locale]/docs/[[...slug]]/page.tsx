import { DocsBody, DocsDescription, DocsPage, DocsTitle, EditOnGitHub } from "fumadocs-ui/layouts/docs/page";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mdxComponents } from "@/components/site/mdx-components";
import { editUrl } from "@/lib/docs/edit-url";
import { docsEnv } from "@/lib/docs/env";
import { docsSource } from "@/lib/docs/source";
import { defaultLocale } from "@/lib/i18n/config";

type Params = Promise<{ locale: string; slug?: string[] }>;

/** Every page in every locale prerenders at build (untranslated pages in English); anything else is a 404. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return docsSource.getPages(params.locale).map((page) => ({ slug: page.slugs }));
}
export const dynamicParams = false;

export default async function DocsPageRoute({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const page = docsSource.getPage(slug, locale);
  if (!page) notFound();
  const t = await getTranslations("contentUi");
  const Body = page.data.body;
  return (
    <DocsPage toc={page.data.toc} full={page.data.full} tableOfContent={{ style: "clerk" }}>
      <DocsTitle>{page.data.title}</DocsTitle>
      <DocsDescription>{page.data.description}</DocsDescription>
      <DocsBody>
        <Body components={mdxComponents(locale)} />
      </DocsBody>
      <EditOnGitHub href={editUrl(docsEnv.NEXT_PUBLIC_DOCS_REPO_URL, page.path)}>{t("editOnGitHub")}</EditOnGitHub>
    </DocsPage>
  );
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = docsSource.getPage(slug, locale);
  if (!page) notFound();
  // An untranslated page is the English text under another URL: point search engines at the English one.
  const english = docsSource.getPage(slug, defaultLocale);
  const canonical = english && english.path === page.path ? english.url : page.url;
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical },
    openGraph: { type: "article", title: page.data.title, description: page.data.description, url: page.url, images: ["/og.png"] },
  };
}
