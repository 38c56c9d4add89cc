import { formatDate, formatDateTime } from "@/components/ui/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { systemContext } from "@/lib/tenants/context";

/** The admin tenant page's API keys: metadata only (a key's secret is never stored, let alone shown). */
export async function ApiKeysAdminSection({ tenantId }: AdminTenantSectionProps) {
  const { data } = await listApiKeys(systemContext(tenantId, "admin"), { limit: 50 });
  if (data.length === 0) return <p className="text-sm text-muted-foreground">No active keys.</p>;
  return (
    <Table>
      <THead><Tr><Th>Name</Th><Th>Key</Th><Th>Scopes</Th><Th>Last used</Th><Th>Created</Th></Tr></THead>
      <TBody>
        {data.map((key) => (
          <Tr key={key.id}>
            <Td>{key.name}</Td>
            <Td><code className="text-xs">{key.start}…</code> <span className="text-xs text-muted-foreground">{key.environment}</span></Td>
            <Td className="text-xs">{key.scopes.join(", ") || "—"}</Td>
            <Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never"}</Td>
            <Td>{formatDate(key.createdAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
