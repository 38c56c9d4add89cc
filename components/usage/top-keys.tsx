import { useFormatter, useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type TopKey = { apiKeyId: string | null; requests: number; errors: number; avgLatencyMs: number };

/** The API keys that made the most calls in the last 30 days. */
export function TopKeys({ rows }: { rows: TopKey[] }) {
  const t = useTranslations("usage.topKeys");
  const format = useFormatter();
  if (rows.length === 0) return null;
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <Table data-testid="top-keys">
        <THead>
          <Tr><Th>{t("key")}</Th><Th>{t("calls")}</Th><Th>{t("errors")}</Th><Th>{t("latency")}</Th></Tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.apiKeyId ?? "none"}>
              <Td><code className="text-xs">{row.apiKeyId}</code></Td>
              <Td>{format.number(row.requests)}</Td>
              <Td>{format.number(row.errors)}</Td>
              <Td>{t("milliseconds", { value: row.avgLatencyMs })}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
