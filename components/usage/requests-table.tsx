import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

export type RequestRow = { id: string; method: string; endpoint: string; status: number; latencyMs: number; createdAt: Date | string };

/** The most recent metered API calls, with status and latency. */
export function RequestsTable({ rows }: { rows: RequestRow[] }) {
  return (
    <section aria-labelledby="requests-heading" className="space-y-3">
      <h2 id="requests-heading" className="text-base font-semibold">
        Recent requests
      </h2>
      {rows.length === 0 ? (
        <EmptyState title="No API requests yet" description="Calls to metered endpoints such as POST /v1/echo appear here." />
      ) : (
        <Table data-testid="recent-requests">
          <THead>
            <Tr>
              <Th>Time</Th>
              <Th>Request</Th>
              <Th>Status</Th>
              <Th className="text-right">Latency</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</Td>
                <Td className="font-mono text-xs">
                  {r.method} {r.endpoint}
                </Td>
                <Td>
                  <Badge>{r.status}</Badge>
                </Td>
                <Td className="text-right tabular-nums">{r.latencyMs} ms</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
