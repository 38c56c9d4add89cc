import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/auth/config";
import { rssFeed } from "@/lib/blog/feed";
import { posts } from "@/lib/blog/posts";
import { isLocale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";

/**
 * The blog's RSS feed: `/blog/rss.xml` (and `/de/blog/rss.xml`, the same posts with German links).
 * Written per request, like the sitemap, so its absolute links carry the origin the server runs
 * with (BETTER_AUTH_URL), not the one present at build; the posts themselves are in memory.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "blog" });
  const url = (path: string) => `${appUrl}${localizedPath(locale, path)}`;
  const xml = rssFeed(
    { title: t("feedTitle"), description: t("metaDescription"), siteUrl: url("/blog"), feedUrl: url("/blog/rss.xml"), language: locale },
    posts.map((post) => ({ title: post.title, description: post.description, url: url(`/blog/${post.slug}`), date: post.date, author: post.author, tags: post.tags })),
  );
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
