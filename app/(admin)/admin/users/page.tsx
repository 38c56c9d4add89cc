import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { searchUsers } from "@/lib/admin/users";
import { requirePlatformAdmin } from "@/lib/app";

type Props = { searchParams: Promise<{ query?: string; cursor?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const { data, nextCursor } = await searchUsers({ query: params.query?.trim() || undefined, cursor: params.cursor, limit: 50 });
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      <SearchForm label={t("users.search")} value={params.query} />
      <Table>
        <THead>
          <Tr><Th>{t("users.user")}</Th><Th>{t("users.signedUp")}</Th><Th>{t("users.lastSignIn")}</Th><Th>{t("users.verified")}</Th><Th>{t("users.twoFactor")}</Th><Th>{t("users.tenants")}</Th><Th>{t("users.role")}</Th></Tr>
        </THead>
        <TBody>
          {data.map((u) => (
            <Tr key={u.id}>
              <Td>
                <Link href={`/admin/users/${u.id}`} className="font-medium underline-offset-2 hover:underline">{u.email}</Link>
                <div className="text-xs text-muted-foreground">{u.name}{u.banned ? ` · ${t("users.banned")}` : ""}</div>
              </Td>
              <Td>{format.dateTime(u.createdAt, "date")}</Td>
              <Td>{u.lastSignInAt ? format.dateTime(u.lastSignInAt, "dateTime") : t("users.never")}</Td>
              <Td>{u.emailVerified ? t("yes") : t("no")}</Td>
              <Td>{u.twoFactorEnabled ? t("on") : t("off")}</Td>
              <Td>{format.number(u.tenantsCount)}</Td>
              <Td><Badge>{t(`platformRole.${u.platformRole}`)}</Badge></Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {data.length === 0 ? <p className="mt-4 text-sm text-muted-foreground">{t("users.none")}</p> : null}
      <NextPage nextCursor={nextCursor} params={{ query: params.query }} />
    </div>
  );
}
