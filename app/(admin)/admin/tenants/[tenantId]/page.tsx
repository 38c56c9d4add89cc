import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/audit-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { tenantDetail } from "@/lib/admin/tenants";
import { adminTenantSections, requirePlatformAdmin } from "@/lib/app";
import { planCurrency } from "@/lib/plans";

type Props = { params: Promise<{ tenantId: string }> };

/** A tenant: its members and audit log here; billing, credits, usage, keys and webhooks from their modules. */
export default async function AdminTenantPage({ params }: Props) {
  await requirePlatformAdmin();
  const { tenantId } = await params;
  const [detail, sections] = await Promise.all([tenantDetail(tenantId), adminTenantSections()]);
  const [t, ta, format, locale] = await Promise.all([getTranslations(), getTranslations("admin"), getFormatter(), getLocale()]);
  if (!detail) notFound();
  const { tenant } = detail;
  return (
    <div className="space-y-6">
      <PageHeader title={tenant.name} description={ta("tenant.description", { slug: tenant.slug, id: tenant.id, created: format.dateTime(tenant.createdAt, "date") })} />
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div><dt className="text-muted-foreground">{ta("tenants.plan")}</dt><dd>{tenant.plan}{tenant.interval ? ` (${ta(`interval.${tenant.interval}`)})` : ""}</dd></div>
        <div><dt className="text-muted-foreground">{ta("tenants.billing")}</dt><dd><Badge>{ta(`billingState.${tenant.billingState}`)}</Badge></dd></div>
        <div><dt className="text-muted-foreground">{ta("tenants.mrr")}</dt><dd>{formatMoney(tenant.mrr, planCurrency(), locale)}</dd></div>
        <div><dt className="text-muted-foreground">{ta("tenants.members")}</dt><dd>{format.number(tenant.membersCount)}</dd></div>
      </dl>

      <Card>
        <CardHeader title={ta("tenants.members")} />
        <Table>
          <THead><Tr><Th>{ta("tenant.member")}</Th><Th>{ta("tenant.role")}</Th><Th>{ta("tenant.joined")}</Th></Tr></THead>
          <TBody>
            {detail.members.map((m) => (
              <Tr key={m.id}>
                <Td><Link href={`/admin/users/${m.userId}`} className="underline">{m.email}</Link> <span className="text-xs text-muted-foreground">{m.name}</span></Td>
                <Td>{t(`tenants.rolesInline.${m.role}`)}</Td>
                <Td>{format.dateTime(m.joinedAt, "date")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      {sections.map(({ title, Section }) => (
        <Card key={title}>
          <CardHeader title={t(title)} />
          <Section tenantId={tenant.id} />
        </Card>
      ))}

      <Card>
        <CardHeader title={ta("tenant.auditLog")} description={ta("tenant.auditLogDescription")} />
        <AuditTable rows={detail.audit} show="actor" />
      </Card>
    </div>
  );
}
