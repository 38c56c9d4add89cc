"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { PagedList } from "@/components/ui/use-paged-list";
import { formatMoney } from "./money";
import type { InvoiceResponse as Invoice } from "@/lib/billing/responses";
import { LoadMore } from "@/components/ui/load-more";

/** Paid and failed charges, newest first, with "Load more". */
export function InvoicesTable({ list }: { list: PagedList<Invoice> }) {
  return (
    <section aria-labelledby="invoices-heading" className="space-y-3">
      <h2 id="invoices-heading" className="text-base font-semibold">
        Invoices
      </h2>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table data-testid="invoices">
          <THead>
            <Tr>
              <Th>Date</Th>
              <Th>Description</Th>
              <Th className="text-right">Amount</Th>
              <Th>Status</Th>
              <Th>
                <span className="sr-only">Receipt</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((invoice) => (
              <Tr key={invoice.id}>
                <Td className="whitespace-nowrap">{formatDate(invoice.createdAt)}</Td>
                <Td>{invoice.description}</Td>
                <Td className="text-right tabular-nums">{formatMoney(invoice.amount, invoice.currency)}</Td>
                <Td>
                  <Badge className={invoice.status === "paid" ? "border-success/40 bg-success/10 text-success" : "border-danger/40 bg-danger/10 text-danger"}>
                    {invoice.status === "paid" ? "Paid" : "Failed"}
                  </Badge>
                </Td>
                <Td>
                  {invoice.url ? (
                    <a href={invoice.url} target="_blank" rel="noreferrer" className="text-sm font-medium underline underline-offset-4">
                      View<span className="sr-only"> invoice from {formatDate(invoice.createdAt)}</span>
                    </a>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Loading invoices…
        </p>
      ) : (
        <EmptyState title="No invoices yet" description="Payments appear here once a plan or credits are paid for." />
      )}
      <LoadMore list={list} />
    </section>
  );
}
