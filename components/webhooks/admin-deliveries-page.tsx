import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminPageProps } from "@/lib/manifest/define";
import { deliveryStatuses, listDeliveriesAcrossTenants } from "@/lib/webhooks/admin";

/** `/admin/webhooks`: deliveries across every tenant, filterable by status. */
export async function WebhookDeliveriesAdminPage({ searchParams }: AdminPageProps) {
  const status = deliveryStatuses.find((s) => s === searchParams.status);
  const { data, nextCursor } = await listDeliveriesAcrossTenants({ status, cursor: searchParams.cursor, limit: 50 });
  return (
    <div>
      <PageHeader title="Webhook deliveries" description="Every tenant's outgoing deliveries, newest first. Tenants replay and recover from their own webhooks page." />
      <nav aria-label="Delivery status" className="mb-4 flex gap-2 text-sm">
        {[undefined, ...deliveryStatuses].map((s) => (
          <Link key={s ?? "all"} href={s ? `/admin/webhooks?status=${s}` : "/admin/webhooks"} aria-current={s === status ? "page" : undefined} className="rounded-md border border-border px-2 py-1 aria-[current=page]:bg-muted">
            {s ?? "all"}
          </Link>
        ))}
      </nav>
      <Table>
        <THead><Tr><Th>When</Th><Th>Tenant</Th><Th>Endpoint</Th><Th>Event</Th><Th>Status</Th><Th>Last answer</Th></Tr></THead>
        <TBody>
          {data.map((d) => (
            <Tr key={d.id}>
              <Td>{formatDateTime(d.createdAt)}</Td>
              <Td><Link href={`/admin/tenants/${d.tenantId}`} className="underline">{d.tenantName}</Link></Td>
              <Td className="max-w-xs truncate text-xs">{d.endpointUrl}</Td>
              <Td><code className="text-xs">{d.eventType}</code></Td>
              <Td><Badge>{d.status}</Badge> <span className="text-xs text-muted-foreground">attempt {d.attempt}</span></Td>
              <Td className="max-w-xs truncate text-xs" title={d.lastError ?? undefined}>{d.responseStatus ?? "—"} {d.lastError ?? ""}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {nextCursor ? <Link href={`/admin/webhooks?${new URLSearchParams({ ...(status ? { status } : {}), cursor: nextCursor })}`} className="mt-4 inline-block text-sm underline">Next page →</Link> : null}
    </div>
  );
}
