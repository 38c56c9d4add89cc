import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type AuditRow = { id: string; action: string; actorId: string | null; tenantId?: string | null; data: unknown; createdAt: Date };

/** Audit rows for the admin pages: when, what, who (or which tenant), and the data. */
export function AuditTable({ rows, show }: { rows: readonly AuditRow[]; show: "actor" | "tenant" }) {
  return (
    <Table>
      <THead><Tr><Th>When</Th><Th>Action</Th><Th>{show === "actor" ? "Actor" : "Tenant"}</Th><Th>Details</Th></Tr></THead>
      <TBody>
        {rows.map((a) => (
          <Tr key={a.id}>
            <Td>{formatDateTime(a.createdAt)}</Td>
            <Td><code className="text-xs">{a.action}</code></Td>
            <Td className="text-xs">
              {show === "actor"
                ? a.actorId ? <Link href={`/admin/users/${a.actorId}`} className="underline">{a.actorId}</Link> : "system"
                : a.tenantId ? <Link href={`/admin/tenants/${a.tenantId}`} className="underline">{a.tenantId}</Link> : "platform"}
            </Td>
            <Td className="max-w-md truncate text-xs">{JSON.stringify(a.data)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
