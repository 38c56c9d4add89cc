"use client";

import { useCallback, useEffect, useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "./use-error-message";

export type ApiState<T> = {
  data: T | null;
  error: string | null;
  /** True until the current request (first load or reload) answers. */
  loading: boolean;
  /** Fetches again (after a mutation); the previous data stays on screen meanwhile. */
  reload: () => void;
};

/** `failure` holds what was thrown; the hook words it in the user's language when it returns. */
type Loaded<T> = { key: string; data: T | null; failure: { cause: unknown } | null };

/** Loads `path` on mount and whenever it (or `tenantId`) changes. */
export function useApi<T>(path: string, options: { tenantId?: string } = {}): ApiState<T> {
  const { tenantId } = options;
  const [version, setVersion] = useState(0);
  const key = `${tenantId ?? ""} ${path} ${version}`;
  const describeError = useErrorMessage();
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: "", data: null, failure: null });

  useEffect(() => {
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal, tenantId }).then(
      (data) => setLoaded({ key, data, failure: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ key, data: previous.data, failure: { cause: caught } }));
      },
    );
    return () => controller.abort();
  }, [key, path, tenantId]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: loaded.data, error: loaded.failure ? describeError(loaded.failure.cause) : null, loading: loaded.key !== key, reload };
}
