"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useProblemReports } from "@/components/ui/report-problem";

/**
 * What a dashboard page shows when it throws: the portal's frame stays, with a retry and (when
 * the support module is installed) "Report a problem". For a page error the reference is Next's
 * `error.digest`: the hash under which the server logged the error, which is what support can
 * look up (the message itself is hidden from the browser in production).
 */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("portal.error");
  const reportProblem = useProblemReports();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="space-y-4 py-6">
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
