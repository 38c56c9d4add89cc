import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { getUsageSummary } from "@/lib/usage";

/** The admin tenant page's usage: this period's totals per meter against the plan's quota. */
export async function UsageAdminSection({ tenantId }: AdminTenantSectionProps) {
  const [summary, t, format] = await Promise.all([getUsageSummary({ tenantId }), getTranslations("usage"), getFormatter()]);
  return (
    <Table>
      <THead><Tr><Th>{t("adminTable.meter")}</Th><Th>{t("adminTable.used")}</Th><Th>{t("adminTable.quota")}</Th><Th>{t("adminTable.whenExceeded")}</Th></Tr></THead>
      <TBody>
        {summary.meters.map((m) => (
          <Tr key={m.meter}>
            <Td><code className="text-xs">{m.meter}</code></Td>
            <Td>{format.number(m.used)}</Td>
            <Td>{m.limit === null ? t("adminTable.unlimited") : t("adminTable.limit", { limit: m.limit, percent: Math.round((m.used / Math.max(m.limit, 1)) * 100) })}</Td>
            <Td data-mode={m.mode ?? undefined}>{m.mode ? t(`quota.modes.${m.mode}`) : "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
