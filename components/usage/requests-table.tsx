import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

export type RequestRow = { id: string; method: string; endpoint: string; status: number; latencyMs: number; createdAt: Date | string };

/** The most recent metered API calls, with status and latency. */
export function RequestsTable({ rows }: { rows: RequestRow[] }) {
  const t = useTranslations("usage.requests");
  const format = useFormatter();
  return (
    <section aria-labelledby="requests-heading" className="space-y-3">
      <h2 id="requests-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <Table data-testid="recent-requests">
          <THead>
            <Tr>
              <Th>{t("time")}</Th>
              <Th>{t("request")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("latency")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(r.createdAt), "dateTime")}</Td>
                <Td className="font-mono text-xs">
                  {r.method} {r.endpoint}
                </Td>
                <Td>
                  <Badge>{r.status}</Badge>
                </Td>
                <Td className="text-right tabular-nums">{t("milliseconds", { value: r.latencyMs })}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
