import { formatMoney } from "@/components/billing/money";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { adminPayments } from "@/lib/billing/admin-view";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

/** Invoices (paid and failed) and refunds or disputes, newest first. */
export async function PaymentsSection({ tenantId }: AdminTenantSectionProps) {
  const { invoices, refunds } = await adminPayments(tenantId);
  if (invoices.length === 0 && refunds.length === 0) return <EmptyState title="No payments" description="Nothing was charged or refunded." />;
  const rows = [
    ...invoices.map((i) => ({ key: i.id, at: i.occurredAt, what: i.description, amount: i.amount, currency: i.currency, status: i.status, reference: i.providerPaymentId })),
    ...refunds.map((r) => ({ key: r.key, at: r.at, what: r.cause === "refund" ? "Refund" : "Dispute", amount: -r.amount, currency: r.currency, status: r.cause === "refund" ? "refunded" : "disputed", reference: r.providerPaymentId })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <Table data-testid="admin-billing-payments">
      <THead>
        <Tr>
          <Th>Date</Th>
          <Th>Description</Th>
          <Th className="text-right">Amount</Th>
          <Th>Status</Th>
          <Th>Payment</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td className="whitespace-nowrap">{formatDate(row.at)}</Td>
            <Td>{row.what}</Td>
            <Td className="text-right tabular-nums">{formatMoney(row.amount, row.currency)}</Td>
            <Td>{row.status}</Td>
            <Td className="font-mono text-xs text-muted-foreground">{row.reference}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
