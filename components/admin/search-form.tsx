import { useTranslations } from "next-intl";

/** A plain GET search box: works without JavaScript, and the query stays in the URL. */
export function SearchForm({ label, name = "query", value }: { label: string; name?: string; value?: string }) {
  const t = useTranslations("admin.search");
  return (
    <form method="get" role="search" className="mb-4 flex gap-2">
      <label htmlFor="admin-search" className="sr-only">
        {label}
      </label>
      <input id="admin-search" name={name} defaultValue={value} placeholder={label} className="h-10 w-full max-w-md rounded-md border border-border bg-background px-3 text-sm" />
      <button type="submit" className="h-10 rounded-md border border-border bg-card px-4 text-sm hover:bg-muted">
        {t("submit")}
      </button>
    </form>
  );
}

/** "Next page" for a cursor-paginated list, keeping the other query parameters. */
export function NextPage({ nextCursor, params }: { nextCursor: string | null; params: Record<string, string | undefined> }) {
  const t = useTranslations("admin.search");
  if (!nextCursor) return null;
  const query = new URLSearchParams(Object.entries({ ...params, cursor: nextCursor }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <a href={`?${query}`} className="mt-4 inline-block text-sm underline">
      {t("nextPage")}
    </a>
  );
}
