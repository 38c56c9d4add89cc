import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";
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
  const [t, format, locale] = await Promise.all([getTranslations("admin"), getFormatter(), getLocale()]);
  return (
    <div>
      <PageHeader title={t("tenants.title")} description={t("tenants.description")} />
      <SearchForm label={t("tenants.search")} value={params.query} />
      <Table>
        <THead>
          <Tr><Th>{t("tenants.tenant")}</Th><Th>{t("tenants.members")}</Th><Th>{t("tenants.plan")}</Th><Th>{t("tenants.billing")}</Th><Th>{t("tenants.mrr")}</Th><Th>{t("tenants.created")}</Th></Tr>
        </THead>
        <TBody>
          {data.map((tenant) => (
            <Tr key={tenant.id}>
              <Td>
                <Link href={`/admin/tenants/${tenant.id}`} className="font-medium underline-offset-2 hover:underline">{tenant.name}</Link>
                <div className="text-xs text-muted-foreground">{tenant.slug}</div>
              </Td>
              <Td>{format.number(tenant.membersCount)}</Td>
              <Td>{tenant.plan}{tenant.interval ? ` · ${t(`interval.${tenant.interval}`)}` : ""}</Td>
              <Td><Badge>{t(`billingState.${tenant.billingState}`)}</Badge></Td>
              <Td>{formatMoney(tenant.mrr, planCurrency(), locale)}</Td>
              <Td>{format.dateTime(tenant.createdAt, "date")}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {data.length === 0 ? <p className="mt-4 text-sm text-muted-foreground">{t("tenants.none")}</p> : null}
      <NextPage nextCursor={nextCursor} params={{ query: params.query }} />
    </div>
  );
}
