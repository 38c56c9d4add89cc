import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type AuditRow = { id: string; action: string; actorId: string | null; tenantId?: string | null; data: unknown; createdAt: Date };

/** Audit rows for the admin pages: when, what, who (or which tenant), and the data. */
export function AuditTable({ rows, show }: { rows: readonly AuditRow[]; show: "actor" | "tenant" }) {
  const t = useTranslations("admin.auditTable");
  const format = useFormatter();
  return (
    <Table>
      <THead><Tr><Th>{t("when")}</Th><Th>{t("action")}</Th><Th>{show === "actor" ? t("actor") : t("tenant")}</Th><Th>{t("details")}</Th></Tr></THead>
      <TBody>
        {rows.map((a) => (
          <Tr key={a.id}>
            <Td>{format.dateTime(a.createdAt, "dateTime")}</Td>
            <Td><code className="text-xs">{a.action}</code></Td>
            <Td className="text-xs">
              {show === "actor"
                ? a.actorId ? <Link href={`/admin/users/${a.actorId}`} className="underline">{a.actorId}</Link> : t("system")
                : a.tenantId ? <Link href={`/admin/tenants/${a.tenantId}`} className="underline">{a.tenantId}</Link> : t("platform")}
            </Td>
            <Td className="max-w-md truncate text-xs">{JSON.stringify(a.data)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
