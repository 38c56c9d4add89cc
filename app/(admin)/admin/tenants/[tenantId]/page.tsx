import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/audit-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDate, formatMoney } from "@/components/ui/format";
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
  if (!detail) notFound();
  const { tenant } = detail;
  return (
    <div className="space-y-6">
      <PageHeader title={tenant.name} description={`${tenant.slug} · ${tenant.id} · created ${formatDate(tenant.createdAt)}`} />
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div><dt className="text-muted-foreground">Plan</dt><dd>{tenant.plan}{tenant.interval ? ` (${tenant.interval})` : ""}</dd></div>
        <div><dt className="text-muted-foreground">Billing</dt><dd><Badge>{tenant.billingState.replace("_", " ")}</Badge></dd></div>
        <div><dt className="text-muted-foreground">MRR</dt><dd>{formatMoney(tenant.mrr, planCurrency())}</dd></div>
        <div><dt className="text-muted-foreground">Members</dt><dd>{tenant.membersCount}</dd></div>
      </dl>

      <Card>
        <CardHeader title="Members" />
        <Table>
          <THead><Tr><Th>Member</Th><Th>Role</Th><Th>Joined</Th></Tr></THead>
          <TBody>
            {detail.members.map((m) => (
              <Tr key={m.id}>
                <Td><Link href={`/admin/users/${m.userId}`} className="underline">{m.email}</Link> <span className="text-xs text-muted-foreground">{m.name}</span></Td>
                <Td>{m.role}</Td>
                <Td>{formatDate(m.joinedAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      {sections.map(({ title, Section }) => (
        <Card key={title}>
          <CardHeader title={title} />
          <Section tenantId={tenant.id} />
        </Card>
      ))}

      <Card>
        <CardHeader title="Audit log" description="The tenant's own log, latest 50 (its owner sees the same rows)." />
        <AuditTable rows={detail.audit} show="actor" />
      </Card>
    </div>
  );
}
