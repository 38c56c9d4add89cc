import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { listErrorGroups } from "@/lib/observability/error-store";

/**
 * `/admin/errors`: the local error store (no SENTRY_DSN), one row per bug, most recent first,
 * with its count, first and last sighting, and the latest occurrence's stack and request id.
 */
export async function ErrorsPage() {
  const [groups, t, format] = await Promise.all([listErrorGroups(200), getTranslations("observability.errors"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={process.env.SENTRY_DSN ? t("sentryDescription") : t("description")} />
      {groups.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <Table label={t("title")} stack>
          <THead>
            <Tr>
              <Th>{t("columns.error")}</Th>
              <Th className="text-right">{t("columns.count")}</Th>
              <Th>{t("columns.firstSeen")}</Th>
              <Th>{t("columns.lastSeen")}</Th>
            </Tr>
          </THead>
          <TBody>
            {groups.map((group) => (
              <Tr key={group.fingerprint} data-testid="error-group">
                <Td className="max-w-xl">
                  <p className="font-medium">
                    {group.name}: <span className="font-normal">{group.message}</span>
                  </p>
                  {typeof group.sampleContext.requestId === "string" ? (
                    <p className="text-xs text-muted-foreground">{t("requestId", { requestId: group.sampleContext.requestId })}</p>
                  ) : null}
                  {typeof group.sampleContext.path === "string" ? (
                    <p className="text-xs text-muted-foreground">{t("where", { method: String(group.sampleContext.method ?? ""), path: group.sampleContext.path })}</p>
                  ) : typeof group.sampleContext.where === "string" ? (
                    <p className="text-xs text-muted-foreground">{t("source", { where: group.sampleContext.where })}</p>
                  ) : null}
                  {group.sampleStack ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs">{t("stack")}</summary>
                      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-muted p-2 text-xs" tabIndex={0}>
                        {group.sampleStack}
                      </pre>
                    </details>
                  ) : null}
                </Td>
                <Td className="text-right tabular-nums">{format.number(group.count)}</Td>
                <Td className="whitespace-nowrap">{when(group.firstSeen)}</Td>
                <Td className="whitespace-nowrap">{when(group.lastSeen)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
