import { getTranslations } from "next-intl/server";
import { tags } from "@/lib/blog/posts";
import { Link } from "@/lib/i18n/navigation";

/** Every tag with its number of posts, linking to its page. */
export async function TagCloud() {
  const t = await getTranslations("blog");
  return (
    <section aria-labelledby="blog-tags" className="mt-14 border-t border-border pt-6">
      <h2 id="blog-tags" className="text-sm font-semibold">
        {t("tags")}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link href={`/blog/tags/${tag}`} className="inline-flex rounded-md border border-border px-2 py-1 hover:bg-muted">
              #{tag} <span className="sr-only">({t("postCount", { count })})</span>
              <span aria-hidden className="ml-1 text-muted-foreground">
                {count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
