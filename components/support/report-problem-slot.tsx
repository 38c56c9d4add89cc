"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("support.reportProblem");
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
        {t("open")}
      </Button>
      <Dialog open={prefill !== null} onClose={close} title={created ? t("thanks") : t("open")}>
        {created ? (
          <div className="space-y-4">
            <p className="text-sm">{t("answerChannels")}</p>
            <div className="flex justify-end gap-2">
              <Link href={`/dashboard/support/${created.id}`} onClick={close} className="text-sm font-medium underline underline-offset-4">
                {t("viewTicket")}
              </Link>
              <Button variant="secondary" onClick={close}>
                {t("close")}
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
