"use client";

import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { PagedList } from "@/components/ui/use-paged-list";
import { formatCount } from "../money";
import type { CreditEntryResponse as CreditEntry } from "@/lib/billing/responses";
import { LoadMore } from "@/components/ui/load-more";

const kindLabels: Record<string, string> = { grant: "Grant", deduct: "Usage", expire: "Expired", adjust: "Adjustment" };
const sourceLabels: Record<string, string> = { plan_allowance: "Plan allowance", top_up: "Top-up", promo: "Promotion", referral: "Referral", manual: "Manual" };

/** Every credit movement, newest first, with "Load more". */
export function CreditLedger({ list }: { list: PagedList<CreditEntry> }) {
  return (
    <section aria-labelledby="ledger-heading" className="space-y-3">
      <h2 id="ledger-heading" className="text-base font-semibold">
        History
      </h2>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table data-testid="credit-ledger">
          <THead>
            <Tr>
              <Th>Date</Th>
              <Th>Type</Th>
              <Th>Reason</Th>
              <Th className="text-right">Amount</Th>
              <Th className="text-right">Balance</Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((entry) => (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap">{formatDateTime(entry.createdAt)}</Td>
                <Td className="whitespace-nowrap">
                  {kindLabels[entry.kind] ?? entry.kind}
                  {entry.source ? <span className="block text-xs text-muted-foreground">{sourceLabels[entry.source] ?? entry.source}</span> : null}
                </Td>
                <Td>{entry.reason}</Td>
                <Td className={cn("text-right tabular-nums font-medium", entry.amount >= 0 ? "text-success" : "text-danger")}>
                  {entry.amount > 0 ? "+" : ""}
                  {formatCount(entry.amount)}
                </Td>
                <Td className="text-right tabular-nums">{formatCount(entry.balanceAfter)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Loading history…
        </p>
      ) : (
        <EmptyState title="No credit activity yet" description="Grants, top-ups and usage appear here." />
      )}
      <LoadMore list={list} />
    </section>
  );
}
