import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { getUsageSummary } from "@/lib/usage";

/** The admin tenant page's usage: this period's totals per meter against the plan's quota. */
export async function UsageAdminSection({ tenantId }: AdminTenantSectionProps) {
  const summary = await getUsageSummary({ tenantId });
  return (
    <Table>
      <THead><Tr><Th>Meter</Th><Th>Used</Th><Th>Quota</Th><Th>When exceeded</Th></Tr></THead>
      <TBody>
        {summary.meters.map((m) => (
          <Tr key={m.meter}>
            <Td><code className="text-xs">{m.meter}</code></Td>
            <Td>{m.used.toLocaleString()}</Td>
            <Td>{m.limit === null ? "unlimited" : `${m.limit.toLocaleString()} (${Math.round((m.used / Math.max(m.limit, 1)) * 100)}%)`}</Td>
            <Td>{m.mode ?? "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
