"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TicketSummary } from "@/lib/support/responses";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { usePagedList } from "@/components/ui/use-paged-list";
import { TicketForm } from "./ticket-form";
import { TicketStatus } from "./ticket-status";

/** The user's own tickets, newest first, and a way to report a new problem. */
export function SupportView() {
  const t = useTranslations("support");
  const format = useFormatter();
  const router = useRouter();
  const list = usePagedList<TicketSummary>("/support/tickets");
  const [reporting, setReporting] = useState(false);

  const report = (
    <Button onClick={() => setReporting(true)}>{t("reportProblem.open")}</Button>
  );
  return (
    <div className="space-y-6">
      <div className="flex justify-end">{report}</div>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table>
          <caption className="sr-only">{t("list.caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("list.subject")}</Th>
              <Th>{t("list.status")}</Th>
              <Th>{t("list.reported")}</Th>
              <Th>{t("list.lastUpdate")}</Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((ticket) => (
              <Tr key={ticket.id}>
                <Td>
                  <Link href={`/dashboard/support/${ticket.id}`} className="font-medium underline underline-offset-4">
                    {ticket.subject}
                  </Link>
                </Td>
                <Td>
                  <TicketStatus status={ticket.status} />
                </Td>
                <Td>{format.dateTime(new Date(ticket.createdAt), "date")}</Td>
                <Td>{format.dateTime(new Date(ticket.updatedAt), "date")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : !list.loading && !list.error ? (
        <EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
      ) : null}
      <LoadMore list={list} />
      <Dialog open={reporting} onClose={() => setReporting(false)} title={t("reportProblem.open")}>
        <TicketForm onCreated={(ticket) => router.push(`/dashboard/support/${ticket.id}`)} onCancel={() => setReporting(false)} />
      </Dialog>
    </div>
  );
}
