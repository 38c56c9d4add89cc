"use client";

import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api-client";

type Page<T> = { data: T[]; nextCursor: string | null };

export type PagedList<T> = {
  items: T[];
  error: string | null;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  /** Starts again from the first page (after a mutation). */
  reload: () => void;
};

type Loaded<T> = { key: string; items: T[]; cursor: string | null; error: string | null };

function pageUrl(path: string, cursor: string | null): string {
  if (!cursor) return path;
  return `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`;
}

/** A cursor-paginated Keel list (`{ data, nextCursor }`) with "load more". */
export function usePagedList<T>(path: string, options: { tenantId?: string } = {}): PagedList<T> {
  const { tenantId } = options;
  const [version, setVersion] = useState(0);
  const key = `${tenantId ?? ""} ${path} ${version}`;
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: "", items: [], cursor: null, error: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api<Page<T>>(path, { signal: controller.signal, tenantId }).then(
      (page) => setLoaded({ key, items: page.data, cursor: page.nextCursor, error: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ ...previous, key, error: errorMessage(caught) }));
      },
    );
    return () => controller.abort();
  }, [key, path, tenantId]);

  const loadMore = useCallback(async () => {
    if (!loaded.cursor) return;
    setLoadingMore(true);
    try {
      const page = await api<Page<T>>(pageUrl(path, loaded.cursor), { tenantId });
      setLoaded((previous) => ({ ...previous, items: [...previous.items, ...page.data], cursor: page.nextCursor, error: null }));
    } catch (caught) {
      setLoaded((previous) => ({ ...previous, error: errorMessage(caught) }));
    }
    setLoadingMore(false);
  }, [loaded.cursor, path, tenantId]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // Items of another path (the other tab, another tenant) never show under this one.
  const current = loaded.key.slice(0, loaded.key.lastIndexOf(" ")) === key.slice(0, key.lastIndexOf(" "));
  return {
    items: current ? loaded.items : [],
    error: loaded.error,
    loading: loaded.key !== key || loadingMore,
    hasMore: current && loaded.cursor !== null,
    loadMore,
    reload,
  };
}
