import Link from "next/link";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatMoney } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { searchTenants } from "@/lib/admin/tenants";
import { requirePlatformAdmin } from "@/lib/app";
import { planCurrency } from "@/lib/plans";

type Props = { searchParams: Promise<{ query?: string; cursor?: string }> };

export default async function AdminTenantsPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const { data, nextCursor } = await searchTenants({ query: params.query?.trim() || undefined, cursor: params.cursor, limit: 50 });
  return (
    <div>
      <PageHeader title="Tenants" description="Every tenant, newest first. MRR counts active and past-due subscriptions; a yearly plan at 1/12." />
      <SearchForm label="Search by name, slug or id" value={params.query} />
      <Table>
        <THead>
          <Tr><Th>Tenant</Th><Th>Members</Th><Th>Plan</Th><Th>Billing</Th><Th>MRR</Th><Th>Created</Th></Tr>
        </THead>
        <TBody>
          {data.map((t) => (
            <Tr key={t.id}>
              <Td>
                <Link href={`/admin/tenants/${t.id}`} className="font-medium underline-offset-2 hover:underline">{t.name}</Link>
                <div className="text-xs text-muted-foreground">{t.slug}</div>
              </Td>
              <Td>{t.membersCount}</Td>
              <Td>{t.plan}{t.interval ? ` · ${t.interval === "year" ? "yearly" : "monthly"}` : ""}</Td>
              <Td><Badge>{t.billingState.replace("_", " ")}</Badge></Td>
              <Td>{formatMoney(t.mrr, planCurrency())}</Td>
              <Td>{formatDate(t.createdAt)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {data.length === 0 ? <p className="mt-4 text-sm text-muted-foreground">No tenant matches.</p> : null}
      <NextPage nextCursor={nextCursor} params={{ query: params.query }} />
    </div>
  );
}
