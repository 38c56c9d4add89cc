import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { adminBillingHistory } from "@/lib/billing/admin-view";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

/** Every change of state, plan or interval, newest first, with why. */
export async function HistorySection({ tenantId }: AdminTenantSectionProps) {
  const changes = await adminBillingHistory(tenantId);
  if (changes.length === 0) return <EmptyState title="No billing history" description="This tenant has never changed billing state." />;
  return (
    <Table data-testid="admin-billing-history">
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Change</Th>
          <Th>Plan</Th>
          <Th>Reason</Th>
        </Tr>
      </THead>
      <TBody>
        {changes.map((change) => (
          <Tr key={change.id}>
            <Td className="whitespace-nowrap">{formatDateTime(change.at)}</Td>
            <Td className="whitespace-nowrap">{change.from === change.to ? `${change.to} (plan change)` : `${change.from} → ${change.to}`}</Td>
            <Td>{change.plan ? `${change.plan}${change.interval ? ` · ${change.interval}ly` : ""}` : "—"}</Td>
            <Td className="text-muted-foreground">{change.reason}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
