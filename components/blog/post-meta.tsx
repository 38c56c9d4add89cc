import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** A post's date, author and tags, as the index and the post show them. */
export async function PostMeta({ date, author, tags }: { date: Date; author: string; tags: readonly string[] }) {
  const [t, format] = await Promise.all([getTranslations("blog"), getFormatter()]);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
      <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { dateStyle: "long", timeZone: "UTC" })}</time>
      <span aria-hidden>·</span>
      <span>{t("byline", { author })}</span>
      <span aria-hidden>·</span>
      <ul aria-label={t("tags")} className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={`/blog/tags/${tag}`} className="rounded-sm underline-offset-2 hover:text-foreground hover:underline">
              #{tag}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
