"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback } from "react";
import { ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** The privacy module's error codes a person can run into here, worded in their language. */
const translated = ["export_in_progress", "export_limit", "reauthentication_required", "deletion_already_scheduled"] as const;
type Translated = (typeof translated)[number];
const isTranslated = (code: string): code is Translated => (translated as readonly string[]).includes(code);

/**
 * `useErrorMessage` for the privacy pages: the module's own codes in the user's language (the
 * server words them in English), anything else as the shared hook does.
 */
export function usePrivacyError(): (error: unknown) => string {
  const t = useTranslations("privacy.errors");
  const format = useFormatter();
  const fallback = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === "transfer_ownership_first") {
        // The server names the tenants in quotes; without names its own sentence is all there is.
        const tenants = [...error.message.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? "");
        return tenants.length > 0 ? t("transfer_ownership_first", { tenants: format.list(tenants, { type: "conjunction" }) }) : error.message;
      }
      if (error instanceof ApiError && isTranslated(error.code)) return t(error.code);
      return fallback(error);
    },
    [t, format, fallback],
  );
}
