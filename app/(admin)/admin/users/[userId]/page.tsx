import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/audit-table";
import { ReasonAction } from "@/components/admin/reason-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { userDetail } from "@/lib/admin/users";
import { adminUserSections, requirePlatformAdmin } from "@/lib/app";

type Props = { params: Promise<{ userId: string }> };

export default async function AdminUserPage({ params }: Props) {
  const admin = await requirePlatformAdmin();
  const { userId } = await params;
  const [detail, sections] = await Promise.all([userDetail(userId), adminUserSections()]);
  if (!detail) notFound();
  const { user } = detail;
  const self = user.id === admin.id;
  const isAdmin = user.platformRole === "admin";
  return (
    <div className="space-y-6">
      <PageHeader
        title={user.email}
        description={`${user.name} · ${user.id}${user.banned ? ` · banned: ${user.banReason ?? "no reason given"}` : ""}`}
        action={
          self ? null : (
            <div className="flex flex-wrap gap-2">
              {!isAdmin && !user.banned ? <ReasonAction label="Impersonate (read-only)" path="/platform/impersonations" body={{ userId: user.id }} variant="primary" redirectTo="/dashboard" hardRedirect /> : null}
              {!isAdmin ? (user.banned ? <ReasonAction label="Unban" path={`/platform/users/${user.id}/unban`} /> : <ReasonAction label="Ban" path={`/platform/users/${user.id}/ban`} variant="danger" />) : null}
              {!isAdmin ? <ReasonAction label="Sign out everywhere" path={`/platform/users/${user.id}/sign-out`} /> : null}
              {!user.emailVerified ? <ReasonAction label="Resend verification" path={`/platform/users/${user.id}/verification`} /> : null}
              <ReasonAction label={isAdmin ? "Revoke platform admin" : "Grant platform admin"} path={`/platform/users/${user.id}/platform-role`} method="PUT" body={{ admin: !isAdmin }} variant={isAdmin ? "danger" : "secondary"} />
            </div>
          )
        }
      />
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div><dt className="text-muted-foreground">Verified</dt><dd>{user.emailVerified ? "yes" : "no"}</dd></div>
        <div><dt className="text-muted-foreground">Two-factor</dt><dd>{user.twoFactorEnabled ? "on" : "off"}</dd></div>
        <div><dt className="text-muted-foreground">Platform role</dt><dd><Badge>{user.platformRole}</Badge></dd></div>
        <div><dt className="text-muted-foreground">Last sign-in</dt><dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "never"}</dd></div>
      </dl>

      <Card>
        <CardHeader title="Tenants" />
        <ul className="space-y-1 text-sm">
          {detail.tenants.map((t) => (
            <li key={t.id}><Link href={`/admin/tenants/${t.id}`} className="underline">{t.name}</Link> · {t.role}</li>
          ))}
          {detail.tenants.length === 0 ? <li className="text-muted-foreground">None.</li> : null}
        </ul>
      </Card>

      <Card>
        <CardHeader title="Sessions" description="Open sessions; impersonations are marked." />
        <Table>
          <THead><Tr><Th>Started</Th><Th>Expires</Th><Th>Device</Th><Th>Kind</Th></Tr></THead>
          <TBody>
            {detail.sessions.map((s) => (
              <Tr key={s.id}>
                <Td>{formatDateTime(s.createdAt)}</Td>
                <Td>{formatDateTime(s.expiresAt)}</Td>
                <Td className="max-w-xs truncate text-xs" title={s.userAgent ?? undefined}>{s.ipAddress ?? "?"} · {s.userAgent ?? "unknown"}</Td>
                <Td>{s.impersonatedBy ? <Badge>impersonation</Badge> : s.secondFactorAt ? "2FA verified" : "password/link"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      <Card>
        <CardHeader title="Audit trail" description="What this user did, and what was done to their account (latest 50)." />
        <AuditTable rows={detail.audit} show="tenant" />
      </Card>

      <Card>
        <CardHeader title="Emails sent" description="Mail queued to this address, with delivery status." />
        <Table>
          <THead><Tr><Th>When</Th><Th>Template</Th><Th>Subject</Th><Th>Status</Th></Tr></THead>
          <TBody>
            {detail.emails.map((e) => (
              <Tr key={e.id}>
                <Td>{formatDateTime(e.createdAt)}</Td>
                <Td><code className="text-xs">{e.template}</code></Td>
                <Td>{e.subject}</Td>
                <Td title={e.lastError ?? undefined}><Badge>{e.status}</Badge></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      {sections.map(({ title, Section }) => (
        <Card key={title}>
          <CardHeader title={title} />
          <Section userId={user.id} />
        </Card>
      ))}
    </div>
  );
}
