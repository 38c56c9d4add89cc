import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type TopKey = { apiKeyId: string | null; requests: number; errors: number; avgLatencyMs: number };

/** The API keys that made the most calls in the last 30 days. */
export function TopKeys({ rows }: { rows: TopKey[] }) {
  if (rows.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Top keys" description="The last 30 days." />
      <Table data-testid="top-keys">
        <THead>
          <Tr><Th>Key</Th><Th>Calls</Th><Th>Errors</Th><Th>Avg latency</Th></Tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.apiKeyId ?? "none"}>
              <Td><code className="text-xs">{row.apiKeyId}</code></Td>
              <Td>{row.requests.toLocaleString()}</Td>
              <Td>{row.errors.toLocaleString()}</Td>
              <Td>{row.avgLatencyMs} ms</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
