"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { AccountSlotProps } from "@/lib/manifest/define";
import type { CreatedTicket } from "@/lib/support/responses";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { provideProblemReports, type ProblemReportPrefill } from "@/components/ui/report-problem";
import { TicketForm } from "./ticket-form";

/**
 * "Report a problem" in the portal header, for every signed-in user. It also offers itself to core
 * pages (the dashboard's error page opens it with the error's digest as the request id).
 */
export function ReportProblemSlot(_props: AccountSlotProps) {
  const [prefill, setPrefill] = useState<ProblemReportPrefill | null>(null);
  const [created, setCreated] = useState<CreatedTicket | null>(null);

  useEffect(
    () =>
      provideProblemReports((next) => {
        setCreated(null);
        setPrefill(next);
      }),
    [],
  );

  const close = () => {
    setPrefill(null);
    setCreated(null);
  };

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setPrefill({})}>
        Report a problem
      </Button>
      <Dialog open={prefill !== null} onClose={close} title={created ? "Thanks, we have your report" : "Report a problem"}>
        {created ? (
          <div className="space-y-4">
            <p className="text-sm">We will answer by email and on your support page.</p>
            <div className="flex justify-end gap-2">
              <Link href={`/dashboard/support/${created.id}`} onClick={close} className="text-sm font-medium underline underline-offset-4">
                View the ticket
              </Link>
              <Button variant="secondary" onClick={close}>
                Close
              </Button>
            </div>
          </div>
        ) : prefill ? (
          <TicketForm requestId={prefill.requestId} onCreated={setCreated} onCancel={close} />
        ) : null}
      </Dialog>
    </>
  );
}
