import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { endpointsOfTenant } from "@/lib/webhooks/admin";

/** The admin tenant page's webhook endpoints (secrets stay with the tenant). */
export async function WebhooksAdminSection({ tenantId }: AdminTenantSectionProps) {
  const [endpoints, t, format] = await Promise.all([endpointsOfTenant(tenantId), getTranslations("webhooks"), getFormatter()]);
  if (endpoints.length === 0) return <p className="text-sm text-muted-foreground">{t("admin.none")}</p>;
  return (
    <Table>
      <THead><Tr><Th>{t("endpoints.url")}</Th><Th>{t("endpoints.events")}</Th><Th>{t("admin.state")}</Th><Th>{t("endpoints.created")}</Th></Tr></THead>
      <TBody>
        {endpoints.map((e) => (
          <Tr key={e.id}>
            <Td className="max-w-xs truncate">{e.url}</Td>
            <Td className="text-xs">{e.events.length ? e.events.join(", ") : t("admin.allEvents")}</Td>
            <Td><Badge>{e.enabled ? t("status.enabled") : t("admin.disabled", { reason: t(`admin.disabledReason.${e.disabledReason ?? "manual"}`) })}</Badge></Td>
            <Td>{format.dateTime(e.createdAt, "date")}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
