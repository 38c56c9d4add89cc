import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { adminBillingHistory } from "@/lib/billing/admin-view";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

/** Every change of state, plan or interval, newest first, with why. */
export async function HistorySection({ tenantId }: AdminTenantSectionProps) {
  const [changes, t, format] = await Promise.all([adminBillingHistory(tenantId), getTranslations("billing"), getFormatter()]);
  if (changes.length === 0) return <EmptyState title={t("adminHistory.emptyTitle")} description={t("adminHistory.emptyBody")} />;
  const label = (key: string, raw: string) => (t.has(key) ? t(key) : raw);
  const state = (value: string) => label(`states.state.${value}`, value);
  return (
    <Table data-testid="admin-billing-history">
      <THead>
        <Tr>
          <Th>{t("adminHistory.when")}</Th>
          <Th>{t("adminHistory.change")}</Th>
          <Th>{t("adminHistory.plan")}</Th>
          <Th>{t("adminHistory.reason")}</Th>
        </Tr>
      </THead>
      <TBody>
        {changes.map((change) => (
          <Tr key={change.id}>
            <Td className="whitespace-nowrap">{format.dateTime(change.at, "dateTime")}</Td>
            <Td className="whitespace-nowrap" data-from={change.from} data-to={change.to}>
              {change.from === change.to ? t("adminHistory.planChange", { state: state(change.to) }) : `${state(change.from)} → ${state(change.to)}`}
            </Td>
            {/* The plan id, as the audit log and the API name it. */}
            <Td>{change.plan ? `${change.plan}${change.interval ? ` · ${label(`intervals.${change.interval}`, change.interval)}` : ""}` : "—"}</Td>
            <Td className="text-muted-foreground">{change.reason}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
