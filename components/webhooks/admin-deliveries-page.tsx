import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminPageProps } from "@/lib/manifest/define";
import { deliveryStatuses, listDeliveriesAcrossTenants } from "@/lib/webhooks/admin";

/** `/admin/webhooks`: deliveries across every tenant, filterable by status. */
export async function WebhookDeliveriesAdminPage({ searchParams }: AdminPageProps) {
  const status = deliveryStatuses.find((s) => s === searchParams.status);
  const { data, nextCursor } = await listDeliveriesAcrossTenants({ status, cursor: searchParams.cursor, limit: 50 });
  const [t, format] = await Promise.all([getTranslations("webhooks"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("adminDeliveries.title")} description={t("adminDeliveries.description")} />
      <nav aria-label={t("adminDeliveries.statusFilter")} className="mb-4 flex gap-2 text-sm">
        {[undefined, ...deliveryStatuses].map((s) => (
          <Link key={s ?? "all"} href={s ? `/admin/webhooks?status=${s}` : "/admin/webhooks"} aria-current={s === status ? "page" : undefined} className="rounded-md border border-border px-2 py-1 aria-[current=page]:bg-muted">
            {s ? t(`deliveryStatus.${s}`) : t("adminDeliveries.all")}
          </Link>
        ))}
      </nav>
      <Table>
        <THead><Tr><Th>{t("adminDeliveries.when")}</Th><Th>{t("adminDeliveries.tenant")}</Th><Th>{t("adminDeliveries.endpoint")}</Th><Th>{t("deliveries.event")}</Th><Th>{t("deliveries.status")}</Th><Th>{t("adminDeliveries.lastAnswer")}</Th></Tr></THead>
        <TBody>
          {data.map((d) => (
            <Tr key={d.id}>
              <Td>{format.dateTime(d.createdAt, "dateTime")}</Td>
              <Td><Link href={`/admin/tenants/${d.tenantId}`} className="underline">{d.tenantName}</Link></Td>
              <Td className="max-w-xs truncate text-xs">{d.endpointUrl}</Td>
              <Td><code className="text-xs">{d.eventType}</code></Td>
              <Td><Badge>{t(`deliveryStatus.${d.status}`)}</Badge> <span className="text-xs text-muted-foreground">{t("adminDeliveries.attempt", { attempt: d.attempt })}</span></Td>
              <Td className="max-w-xs truncate text-xs" title={d.lastError ?? undefined}>{d.responseStatus ?? "—"} {d.lastError ?? ""}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {nextCursor ? <Link href={`/admin/webhooks?${new URLSearchParams({ ...(status ? { status } : {}), cursor: nextCursor })}`} className="mt-4 inline-block text-sm underline">{t("adminDeliveries.nextPage")}</Link> : null}
    </div>
  );
}
