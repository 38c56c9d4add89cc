"use client";

import { useCallback, useEffect, useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "./use-error-message";

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

/** `failure` holds what was thrown; the hook words it in the user's language when it returns. */
type Loaded<T> = { key: string; items: T[]; cursor: string | null; failure: { cause: unknown } | null };

function pageUrl(path: string, cursor: string | null): string {
  if (!cursor) return path;
  return `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`;
}

/** A cursor-paginated Keel list (`{ data, nextCursor }`) with "load more". */
export function usePagedList<T>(path: string, options: { tenantId?: string } = {}): PagedList<T> {
  const { tenantId } = options;
  const [version, setVersion] = useState(0);
  const key = `${tenantId ?? ""} ${path} ${version}`;
  const describeError = useErrorMessage();
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: "", items: [], cursor: null, failure: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api<Page<T>>(path, { signal: controller.signal, tenantId }).then(
      (page) => setLoaded({ key, items: page.data, cursor: page.nextCursor, failure: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ ...previous, key, failure: { cause: caught } }));
      },
    );
    return () => controller.abort();
  }, [key, path, tenantId]);

  const loadMore = useCallback(async () => {
    if (!loaded.cursor) return;
    setLoadingMore(true);
    try {
      const page = await api<Page<T>>(pageUrl(path, loaded.cursor), { tenantId });
      setLoaded((previous) => ({ ...previous, items: [...previous.items, ...page.data], cursor: page.nextCursor, failure: null }));
    } catch (caught) {
      setLoaded((previous) => ({ ...previous, failure: { cause: caught } }));
    }
    setLoadingMore(false);
  }, [loaded.cursor, path, tenantId]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // Items of another path (the other tab, another tenant) never show under this one.
  const current = loaded.key.slice(0, loaded.key.lastIndexOf(" ")) === key.slice(0, key.lastIndexOf(" "));
  return {
    items: current ? loaded.items : [],
    error: loaded.failure ? describeError(loaded.failure.cause) : null,
    loading: loaded.key !== key || loadingMore,
    hasMore: current && loaded.cursor !== null,
    loadMore,
    reload,
  };
}
