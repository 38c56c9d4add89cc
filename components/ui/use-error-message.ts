"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { ApiError } from "@/lib/api-client";

/**
 * `errorMessage` (lib/api-client) in the user's language, for error banners. A message the server
 * sent in its error envelope stays as it is; the texts the browser makes up itself are translated:
 * no connection, an answer without Keel's envelope (a proxy's 502 page), a thrown non-error.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations("ui.errors");
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === "network_error") return t("network");
      // api() gives this code only when the answer had no envelope, so the message is its own too.
      if (error instanceof ApiError && error.code === "http_error") return t("http", { status: error.status });
      return error instanceof Error ? error.message : t("generic");
    },
    [t],
  );
}
