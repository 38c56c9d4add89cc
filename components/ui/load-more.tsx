import { useTranslations } from "next-intl";
import { Button, type ButtonSize } from "./button";
import type { PagedList } from "./use-paged-list";

/** The "Load more" button under a cursor-paginated list; nothing once the last page is in. */
export function LoadMore<T>({ list, size }: { list: Pick<PagedList<T>, "hasMore" | "loadMore" | "loading">; size?: ButtonSize }) {
  const t = useTranslations("ui");
  if (!list.hasMore) return null;
  return (
    <Button variant="secondary" size={size} onClick={list.loadMore} loading={list.loading}>
      {t("loadMore")}
    </Button>
  );
}
