import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mdxComponents } from "@/components/site/mdx-components";
import { PostMeta } from "@/components/blog/post-meta";
import { JsonLd } from "@/components/site/json-ld";
import { blogPostingJsonLd } from "@/components/site/structured-data";
import { appUrl } from "@/lib/auth/config";
import { postBySlug, posts } from "@/lib/blog/posts";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string }>;

export function generateStaticParams() {
  return posts.map((post) => ({ slug: post.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const post = postBySlug((await params).slug);
  if (!post) notFound();
  return {
    title: post.title,
    description: post.description,
    authors: [{ name: post.author }],
    // English on every locale's URL until translated: the English URL is the one to index.
    alternates: { canonical: `/blog/${post.slug}` },
    openGraph: { type: "article", title: post.title, description: post.description, publishedTime: post.date.toISOString(), authors: [post.author], tags: [...post.tags] },
  };
}

export default async function BlogPost({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const post = postBySlug(slug);
  if (!post) notFound();
  const t = await getTranslations("blog");
  const Body = post.body;
  return (
    <article>
      {/* The English URL is the post's canonical address, whichever locale's page this is. */}
      <JsonLd data={blogPostingJsonLd({ ...post, origin: appUrl, url: `${appUrl}/blog/${post.slug}` })} />
      <header className="mb-8 flex flex-col gap-4">
        <h1 className="text-4xl font-semibold tracking-tight text-balance">{post.title}</h1>
        <PostMeta date={post.date} author={post.author} tags={post.tags} />
      </header>
      <Image src={post.cover} alt={post.coverAlt} width={1200} height={630} priority className="mb-10 h-auto w-full rounded-lg border border-border" />
      <div className="prose max-w-none">
        <Body components={mdxComponents(locale)} />
      </div>
      <p className="mt-12 border-t border-border pt-6 text-sm">
        <Link href="/blog" className="font-medium hover:underline">
          <span aria-hidden>{"← "}</span>{t("allPosts")}
        </Link>
      </p>
    </article>
  );
}
