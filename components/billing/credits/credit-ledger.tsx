"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { PagedList } from "@/components/ui/use-paged-list";
import type { CreditEntryResponse as CreditEntry } from "@/lib/billing/responses";
import { LoadMore } from "@/components/ui/load-more";

/** Every credit movement, newest first, with "Load more". */
export function CreditLedger({ list }: { list: PagedList<CreditEntry> }) {
  const t = useTranslations("billing.credits.ledger");
  const format = useFormatter();
  // A kind or source this version has no words for shows as sent.
  const label = (key: string, value: string) => (t.has(key) ? t(key) : value);
  return (
    <section aria-labelledby="ledger-heading" className="space-y-3">
      <h2 id="ledger-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table data-testid="credit-ledger">
          <THead>
            <Tr>
              <Th>{t("date")}</Th>
              <Th>{t("type")}</Th>
              <Th>{t("reason")}</Th>
              <Th className="text-right">{t("amount")}</Th>
              <Th className="text-right">{t("balance")}</Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((entry) => (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(entry.createdAt), "dateTime")}</Td>
                <Td className="whitespace-nowrap" data-kind={entry.kind}>
                  {label(`kinds.${entry.kind}`, entry.kind)}
                  {entry.source ? <span className="block text-xs text-muted-foreground">{label(`sources.${entry.source}`, entry.source)}</span> : null}
                </Td>
                <Td>{entry.reason}</Td>
                <Td className={cn("text-right tabular-nums font-medium", entry.amount >= 0 ? "text-success" : "text-danger")}>
                  {format.number(entry.amount, { signDisplay: "exceptZero" })}
                </Td>
                <Td className="text-right tabular-nums">{format.number(entry.balanceAfter)}</Td>
              </Tr>
            ))}
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
