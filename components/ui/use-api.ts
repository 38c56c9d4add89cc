"use client";

import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api-client";

export type ApiState<T> = {
  data: T | null;
  error: string | null;
  /** True until the current request (first load or reload) answers. */
  loading: boolean;
  /** Fetches again (after a mutation); the previous data stays on screen meanwhile. */
  reload: () => void;
};

type Loaded<T> = { key: string; data: T | null; error: string | null };

/** Loads `path` on mount and whenever it (or `tenantId`) changes. */
export function useApi<T>(path: string, options: { tenantId?: string } = {}): ApiState<T> {
  const { tenantId } = options;
  const [version, setVersion] = useState(0);
  const key = `${tenantId ?? ""} ${path} ${version}`;
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: "", data: null, error: null });

  useEffect(() => {
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal, tenantId }).then(
      (data) => setLoaded({ key, data, error: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ key, data: previous.data, error: errorMessage(caught) }));
      },
    );
    return () => controller.abort();
  }, [key, path, tenantId]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: loaded.data, error: loaded.error, loading: loaded.key !== key, reload };
}
