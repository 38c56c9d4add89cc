import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/billing/money";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { adminPayments } from "@/lib/billing/admin-view";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

/** Invoices (paid and failed) and refunds or disputes, newest first. */
export async function PaymentsSection({ tenantId }: AdminTenantSectionProps) {
  const [{ invoices, refunds }, t, format, locale] = await Promise.all([adminPayments(tenantId), getTranslations("billing.adminPayments"), getFormatter(), getLocale()]);
  if (invoices.length === 0 && refunds.length === 0) return <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />;
  const rows = [
    ...invoices.map((i) => ({ key: i.id, at: i.occurredAt, what: i.description, amount: i.amount, currency: i.currency, status: i.status, reference: i.providerPaymentId })),
    ...refunds.map((r) => ({ key: r.key, at: r.at, what: r.cause === "refund" ? t("refund") : t("dispute"), amount: -r.amount, currency: r.currency, status: r.cause === "refund" ? "refunded" : "disputed", reference: r.providerPaymentId })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <Table data-testid="admin-billing-payments">
      <THead>
        <Tr>
          <Th>{t("date")}</Th>
          <Th>{t("description")}</Th>
          <Th className="text-right">{t("amount")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("payment")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td className="whitespace-nowrap">{format.dateTime(row.at, "date")}</Td>
            <Td>{row.what}</Td>
            <Td className="text-right tabular-nums">{formatMoney(row.amount, row.currency, locale)}</Td>
            <Td data-status={row.status}>{t.has(`statuses.${row.status}`) ? t(`statuses.${row.status}`) : row.status}</Td>
            <Td className="font-mono text-xs text-muted-foreground">{row.reference}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
