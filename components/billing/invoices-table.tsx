"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { PagedList } from "@/components/ui/use-paged-list";
import { formatMoney } from "./money";
import type { InvoiceResponse as Invoice } from "@/lib/billing/responses";
import { LoadMore } from "@/components/ui/load-more";

/** Paid and failed charges, newest first, with "Load more". */
export function InvoicesTable({ list }: { list: PagedList<Invoice> }) {
  const t = useTranslations("billing.invoices");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <section aria-labelledby="invoices-heading" className="space-y-3">
      <h2 id="invoices-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table data-testid="invoices">
          <THead>
            <Tr>
              <Th>{t("date")}</Th>
              <Th>{t("description")}</Th>
              <Th className="text-right">{t("amount")}</Th>
              <Th>{t("status")}</Th>
              <Th>
                <span className="sr-only">{t("receipt")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((invoice) => {
              const date = format.dateTime(new Date(invoice.createdAt), "date");
              return (
                <Tr key={invoice.id}>
                  <Td className="whitespace-nowrap">{date}</Td>
                  <Td>{invoice.description}</Td>
                  <Td className="text-right tabular-nums">{formatMoney(invoice.amount, invoice.currency, locale)}</Td>
                  <Td>
                    <Badge data-status={invoice.status} className={invoice.status === "paid" ? "border-success/40 bg-success/10 text-success" : "border-danger/40 bg-danger/10 text-danger"}>
                      {invoice.status === "paid" ? t("paid") : t("failed")}
                    </Badge>
                  </Td>
                  <Td>
                    {invoice.url ? (
                      <a href={invoice.url} target="_blank" rel="noreferrer" className="text-sm font-medium underline underline-offset-4">
                        {t("view")}
                        <span className="sr-only"> {t("viewFrom", { date })}</span>
                      </a>
                    ) : null}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("loading")}
        </p>
      ) : (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      )}
      <LoadMore list={list} />
    </section>
  );
}
