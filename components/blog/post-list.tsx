import { getTranslations } from "next-intl/server";
import type { Post } from "@/lib/blog/posts";
import { Link } from "@/lib/i18n/navigation";
import { PostMeta } from "./post-meta";

/** Posts as the index and the tag pages list them: the title is the link (no "read more"). */
export async function PostList({ posts }: { posts: readonly Post[] }) {
  const t = await getTranslations("blog");
  if (posts.length === 0) return <p className="text-muted-foreground">{t("noPosts")}</p>;
  return (
    <ol className="flex flex-col gap-10">
      {posts.map((post) => (
        <li key={post.slug}>
          <article className="flex flex-col gap-2">
            <h2 className="text-2xl font-semibold tracking-tight">
              <Link href={`/blog/${post.slug}`} className="hover:underline">
                {post.title}
              </Link>
            </h2>
            <PostMeta date={post.date} author={post.author} tags={post.tags} />
            <p className="text-muted-foreground">{post.description}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
