import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostList } from "@/components/blog/post-list";
import { taggedWith } from "@/lib/blog/listing";
import { posts, tags } from "@/lib/blog/posts";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; tag: string }>;

export function generateStaticParams() {
  return tags.map(({ tag }) => ({ tag }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, tag } = await params;
  const t = await getTranslations({ locale, namespace: "blog" });
  return { title: t("tagTitle", { tag }), description: t("tagDescription", { tag }), alternates: { canonical: `/blog/tags/${tag}` } };
}

/** Every post with one tag (few enough per tag that one page holds them). */
export default async function BlogTag({ params }: { params: Params }) {
  const { locale, tag } = await params;
  setRequestLocale(locale);
  const tagged = taggedWith(posts, tag);
  if (tagged.length === 0) notFound();
  const t = await getTranslations("blog");
  return (
    <>
      <header className="mb-10 flex flex-col gap-3">
        <h1 className="text-4xl font-semibold tracking-tight">{t("tagTitle", { tag })}</h1>
        <p className="text-muted-foreground">{t("postCount", { count: tagged.length })}</p>
      </header>
      <PostList posts={tagged} />
      <p className="mt-12 text-sm">
        <Link href="/blog" className="font-medium hover:underline">
          <span aria-hidden>{"← "}</span>{t("allPosts")}
        </Link>
      </p>
    </>
  );
}
