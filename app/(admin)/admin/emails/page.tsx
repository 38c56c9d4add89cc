import Link from "next/link";
import { NextPage, SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { emailsSent } from "@/lib/admin/users";
import { requirePlatformAdmin } from "@/lib/app";

type Props = { searchParams: Promise<{ to?: string; cursor?: string }> };

export default async function AdminEmailsPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const { data, nextCursor } = await emailsSent({ to: params.to?.trim() || undefined, cursor: params.cursor, limit: 50 });
  return (
    <div>
      <PageHeader title="Emails" description="Mail the app sent or is sending, newest first. A dead one failed every attempt; see its job for the error." />
      <SearchForm label="Recipient address" name="to" value={params.to} />
      <Table>
        <THead><Tr><Th>When</Th><Th>To</Th><Th>Template</Th><Th>Subject</Th><Th>Status</Th></Tr></THead>
        <TBody>
          {data.map((e) => (
            <Tr key={e.id}>
              <Td>{formatDateTime(e.createdAt)}</Td>
              <Td>{e.to}</Td>
              <Td><code className="text-xs">{e.template}</code></Td>
              <Td>{e.subject}</Td>
              <Td title={e.lastError ?? undefined}>{e.status === "dead" ? <Link href="/admin/jobs?status=dead&name=email.send"><Badge>dead</Badge></Link> : <Badge>{e.status}</Badge>}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <NextPage nextCursor={nextCursor} params={{ to: params.to }} />
    </div>
  );
}
