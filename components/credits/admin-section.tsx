import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listCredits } from "@/lib/credits";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { AdjustCreditsForm } from "./adjust-credits-form";

/** The admin tenant page's credits: balance, the newest ledger entries, and the adjust form. */
export async function CreditsAdminSection({ tenantId }: AdminTenantSectionProps) {
  const { balance, data } = await listCredits({ tenantId }, { limit: 20 });
  return (
    <div className="space-y-4">
      <p className="text-sm">Balance: <strong>{balance.toLocaleString()}</strong> credits</p>
      <AdjustCreditsForm tenantId={tenantId} />
      <Table>
        <THead><Tr><Th>When</Th><Th>Kind</Th><Th>Amount</Th><Th>Balance after</Th><Th>Reason</Th></Tr></THead>
        <TBody>
          {data.map((entry) => (
            <Tr key={entry.id}>
              <Td>{formatDateTime(entry.createdAt)}</Td>
              <Td>{entry.kind}</Td>
              <Td>{entry.amount > 0 ? `+${entry.amount}` : entry.amount}</Td>
              <Td>{entry.balanceAfter}</Td>
              <Td className="max-w-xs truncate">{entry.reason ?? "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
