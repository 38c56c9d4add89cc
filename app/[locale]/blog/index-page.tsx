import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/blog/pagination";
import { PostList } from "@/components/blog/post-list";
import { TagCloud } from "@/components/blog/tag-cloud";
import type { Post } from "@/lib/blog/posts";

/** One page of the index: the heading, its posts, the way to the others, the tags. */
export async function BlogIndexPage({ posts, page, pages }: { posts: readonly Post[]; page: number; pages: number }) {
  const t = await getTranslations("blog");
  return (
    <>
      <header className="mb-10 flex flex-col gap-3">
        <h1 className="text-4xl font-semibold tracking-tight">{page === 1 ? t("title") : t("pageTitle", { page, pages })}</h1>
        <p className="text-lg text-muted-foreground">{t("lead")}</p>
      </header>
      <PostList posts={posts} />
      <Pagination page={page} pages={pages} />
      <TagCloud />
    </>
  );
}
