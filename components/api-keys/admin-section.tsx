import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { systemContext } from "@/lib/tenants/context";

/** The admin tenant page's API keys: metadata only (a key's secret is never stored, let alone shown). */
export async function ApiKeysAdminSection({ tenantId }: AdminTenantSectionProps) {
  const [{ data }, t, format] = await Promise.all([listApiKeys(systemContext(tenantId, "admin"), { limit: 50 }), getTranslations("api-keys"), getFormatter()]);
  if (data.length === 0) return <p className="text-sm text-muted-foreground">{t("admin.none")}</p>;
  return (
    <Table>
      <THead><Tr><Th>{t("table.name")}</Th><Th>{t("table.key")}</Th><Th>{t("table.scopes")}</Th><Th>{t("table.lastUsed")}</Th><Th>{t("table.created")}</Th></Tr></THead>
      <TBody>
        {data.map((key) => (
          <Tr key={key.id}>
            <Td>{key.name}</Td>
            <Td><code className="text-xs">{`${key.start}…`}</code> <span className="text-xs text-muted-foreground">{t(`environment.${key.environment}`)}</span></Td>
            <Td className="text-xs">{key.scopes.join(", ") || "—"}</Td>
            <Td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt, "dateTime") : t("admin.never")}</Td>
            <Td>{format.dateTime(key.createdAt, "date")}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
