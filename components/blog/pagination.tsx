import { getTranslations } from "next-intl/server";
import { indexPath } from "@/lib/blog/listing";
import { Link } from "@/lib/i18n/navigation";

/** Newer/older links between the index pages, with where the reader is. */
export async function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("blog");
  return (
    <nav aria-label={t("pagination")} className="mt-12 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={indexPath(page - 1)} rel="prev" className="font-medium hover:underline">
          <span aria-hidden>{"← "}</span>{t("newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted-foreground">{t("pageStatus", { page, pages })}</span>
      {page < pages ? (
        <Link href={indexPath(page + 1)} rel="next" className="font-medium hover:underline">
          {t("older")}<span aria-hidden>{" →"}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
