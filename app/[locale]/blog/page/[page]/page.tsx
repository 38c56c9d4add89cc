import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { indexPath, pageCount, pageOf } from "@/lib/blog/listing";
import { posts } from "@/lib/blog/posts";
import { BlogIndexPage } from "../../index-page";

type Params = Promise<{ locale: string; page: string }>;

/** Pages 2 and on (page 1 is /blog); none while every post fits on one. */
export function generateStaticParams() {
  return Array.from({ length: pageCount(posts.length) - 1 }, (_, i) => ({ page: String(i + 2) }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, page } = await params;
  const t = await getTranslations({ locale, namespace: "blog" });
  const pages = pageCount(posts.length);
  return { title: t("pageTitle", { page: Number(page), pages }), description: t("metaDescription"), alternates: { canonical: indexPath(Number(page)) } };
}

export default async function BlogIndexMore({ params }: { params: Params }) {
  const { locale, page } = await params;
  setRequestLocale(locale);
  const found = pageOf(posts, Number(page));
  if (!found || found.page === 1) notFound();
  return <BlogIndexPage posts={found.posts} page={found.page} pages={found.pages} />;
}
