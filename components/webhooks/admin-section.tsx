import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { endpointsOfTenant } from "@/lib/webhooks/admin";

/** The admin tenant page's webhook endpoints (secrets stay with the tenant). */
export async function WebhooksAdminSection({ tenantId }: AdminTenantSectionProps) {
  const endpoints = await endpointsOfTenant(tenantId);
  if (endpoints.length === 0) return <p className="text-sm text-muted-foreground">No endpoints.</p>;
  return (
    <Table>
      <THead><Tr><Th>URL</Th><Th>Events</Th><Th>State</Th><Th>Created</Th></Tr></THead>
      <TBody>
        {endpoints.map((e) => (
          <Tr key={e.id}>
            <Td className="max-w-xs truncate">{e.url}</Td>
            <Td className="text-xs">{e.events.length ? e.events.join(", ") : "all"}</Td>
            <Td><Badge>{e.enabled ? "enabled" : `disabled (${e.disabledReason ?? "manual"})`}</Badge></Td>
            <Td>{formatDate(e.createdAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
