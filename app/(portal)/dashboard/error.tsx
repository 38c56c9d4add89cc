"use client";

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
  const reportProblem = useProblemReports();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="space-y-4 py-6">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <Alert tone="error">
        This page could not be shown. Try again; if it keeps failing, tell us.
        {error.digest ? (
          <>
            {" "}
            Reference: <code className="text-xs">{error.digest}</code>
          </>
        ) : null}
      </Alert>
      <div className="flex gap-2">
        <Button onClick={reset}>Try again</Button>
        {reportProblem ? (
          <Button variant="secondary" onClick={() => reportProblem({ requestId: error.digest })}>
            Report a problem
          </Button>
        ) : null}
      </div>
    </div>
  );
}
