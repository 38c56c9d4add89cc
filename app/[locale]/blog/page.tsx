import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageOf } from "@/lib/blog/listing";
import { posts } from "@/lib/blog/posts";
import { BlogIndexPage } from "./index-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "blog" });
  return { title: t("navTitle"), description: t("metaDescription"), alternates: { canonical: "/blog", types: { "application/rss+xml": "/blog/rss.xml" } } };
}

export default async function BlogIndex({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const first = pageOf(posts, 1)!;
  return <BlogIndexPage posts={first.posts} page={1} pages={first.pages} />;
}
