import Link from "next/link";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { searchUsers } from "@/lib/admin/users";
import { requirePlatformAdmin } from "@/lib/app";

type Props = { searchParams: Promise<{ query?: string; cursor?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const { data, nextCursor } = await searchUsers({ query: params.query?.trim() || undefined, cursor: params.cursor, limit: 50 });
  return (
    <div>
      <PageHeader title="Users" description="Everyone with an account, newest first." />
      <SearchForm label="Search by email or name" value={params.query} />
      <Table>
        <THead>
          <Tr><Th>User</Th><Th>Signed up</Th><Th>Last sign-in</Th><Th>Verified</Th><Th>2FA</Th><Th>Tenants</Th><Th>Role</Th></Tr>
        </THead>
        <TBody>
          {data.map((u) => (
            <Tr key={u.id}>
              <Td>
                <Link href={`/admin/users/${u.id}`} className="font-medium underline-offset-2 hover:underline">{u.email}</Link>
                <div className="text-xs text-muted-foreground">{u.name}{u.banned ? " · banned" : ""}</div>
              </Td>
              <Td>{formatDate(u.createdAt)}</Td>
              <Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "never"}</Td>
              <Td>{u.emailVerified ? "yes" : "no"}</Td>
              <Td>{u.twoFactorEnabled ? "on" : "off"}</Td>
              <Td>{u.tenantsCount}</Td>
              <Td><Badge>{u.platformRole}</Badge></Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {data.length === 0 ? <p className="mt-4 text-sm text-muted-foreground">No user matches.</p> : null}
      <NextPage nextCursor={nextCursor} params={{ query: params.query }} />
    </div>
  );
}
