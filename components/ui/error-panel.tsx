"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useProblemReports } from "@/components/ui/report-problem";

/**
 * What every area's error page (each route group's error.tsx) shows when a page throws: the
 * area's frame stays, with a retry and, where the support module offers one, "Report a problem".
 * The reference is Next's `error.digest`: the server reports the error with that digest
 * (instrumentation.ts, onRequestError), so the admin panel's Errors page or Sentry finds what a
 * user quotes (the message itself is hidden from the browser in production).
 */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ui.errorPage");
  const reportProblem = useProblemReports();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="space-y-4 py-6" role="alert">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Alert tone="error">
        {t("body")}
        {error.digest ? (
          <>
            {" "}
            {t.rich("reference", { digest: error.digest, code: (chunks) => <code className="text-xs">{chunks}</code> })}
          </>
        ) : null}
      </Alert>
      <div className="flex gap-2">
        <Button onClick={reset}>{t("retry")}</Button>
        {reportProblem ? (
          <Button variant="secondary" onClick={() => reportProblem({ requestId: error.digest })}>
            {t("reportProblem")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
