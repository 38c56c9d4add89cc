import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { emailsSent } from "@/lib/admin/users";
import { requirePlatformAdmin } from "@/lib/app";

type Props = { searchParams: Promise<{ to?: string; cursor?: string }> };

export default async function AdminEmailsPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const { data, nextCursor } = await emailsSent({ to: params.to?.trim() || undefined, cursor: params.cursor, limit: 50 });
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("emails.title")} description={t("emails.description")} />
      <SearchForm label={t("emails.search")} name="to" value={params.to} />
      <Table>
        <THead><Tr><Th>{t("emails.when")}</Th><Th>{t("emails.to")}</Th><Th>{t("emails.template")}</Th><Th>{t("emails.subject")}</Th><Th>{t("emails.status")}</Th></Tr></THead>
        <TBody>
          {data.map((e) => (
            <Tr key={e.id}>
              <Td>{format.dateTime(e.createdAt, "dateTime")}</Td>
              <Td>{e.to}</Td>
              <Td><code className="text-xs">{e.template}</code></Td>
              <Td>{e.subject}</Td>
              <Td title={e.lastError ?? undefined}>{e.status === "dead" ? <Link href="/admin/jobs?status=dead&name=email.send"><Badge>{t("jobStatus.dead")}</Badge></Link> : <Badge>{t(`jobStatus.${e.status}`)}</Badge>}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <NextPage nextCursor={nextCursor} params={{ to: params.to }} />
    </div>
  );
}
