import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/audit-table";
import { ReasonAction } from "@/components/admin/reason-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { userDetail } from "@/lib/admin/users";
import { adminUserSections, requirePlatformAdmin } from "@/lib/app";

type Props = { params: Promise<{ userId: string }> };

export default async function AdminUserPage({ params }: Props) {
  const admin = await requirePlatformAdmin();
  const { userId } = await params;
  const [detail, sections] = await Promise.all([userDetail(userId), adminUserSections()]);
  const [t, ta, format] = await Promise.all([getTranslations(), getTranslations("admin"), getFormatter()]);
  if (!detail) notFound();
  const { user } = detail;
  const self = user.id === admin.id;
  const isAdmin = user.platformRole === "admin";
  return (
    <div className="space-y-6">
      <PageHeader
        title={user.email}
        description={user.banned ? ta("user.descriptionBanned", { name: user.name, id: user.id, reason: user.banReason ?? ta("user.noReason") }) : `${user.name} · ${user.id}`}
        action={
          self ? null : (
            <div className="flex flex-wrap gap-2">
              {!isAdmin && !user.banned ? <ReasonAction label={ta("user.impersonate")} path="/platform/impersonations" body={{ userId: user.id }} variant="primary" redirectTo="/dashboard" hardRedirect /> : null}
              {!isAdmin ? (user.banned ? <ReasonAction label={ta("user.unban")} path={`/platform/users/${user.id}/unban`} /> : <ReasonAction label={ta("user.ban")} path={`/platform/users/${user.id}/ban`} variant="danger" />) : null}
              {!isAdmin ? <ReasonAction label={ta("user.signOutEverywhere")} path={`/platform/users/${user.id}/sign-out`} /> : null}
              {!user.emailVerified ? <ReasonAction label={ta("user.resendVerification")} path={`/platform/users/${user.id}/verification`} /> : null}
              <ReasonAction label={isAdmin ? ta("user.revokeAdmin") : ta("user.grantAdmin")} path={`/platform/users/${user.id}/platform-role`} method="PUT" body={{ admin: !isAdmin }} variant={isAdmin ? "danger" : "secondary"} />
            </div>
          )
        }
      />
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div><dt className="text-muted-foreground">{ta("users.verified")}</dt><dd>{user.emailVerified ? ta("yes") : ta("no")}</dd></div>
        <div><dt className="text-muted-foreground">{ta("user.twoFactor")}</dt><dd>{user.twoFactorEnabled ? ta("on") : ta("off")}</dd></div>
        <div><dt className="text-muted-foreground">{ta("user.platformRole")}</dt><dd><Badge>{ta(`platformRole.${user.platformRole}`)}</Badge></dd></div>
        <div><dt className="text-muted-foreground">{ta("users.lastSignIn")}</dt><dd>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, "dateTime") : ta("users.never")}</dd></div>
      </dl>

      <Card>
        <CardHeader title={ta("users.tenants")} />
        <ul className="space-y-1 text-sm">
          {detail.tenants.map((tenant) => (
            <li key={tenant.id}><Link href={`/admin/tenants/${tenant.id}`} className="underline">{tenant.name}</Link> · {t(`tenants.rolesInline.${tenant.role}`)}</li>
          ))}
          {detail.tenants.length === 0 ? <li className="text-muted-foreground">{ta("user.noTenants")}</li> : null}
        </ul>
      </Card>

      <Card>
        <CardHeader title={ta("user.sessions")} description={ta("user.sessionsDescription")} />
        <Table>
          <THead><Tr><Th>{ta("user.started")}</Th><Th>{ta("user.expires")}</Th><Th>{ta("user.device")}</Th><Th>{ta("user.kind")}</Th></Tr></THead>
          <TBody>
            {detail.sessions.map((s) => (
              <Tr key={s.id}>
                <Td>{format.dateTime(s.createdAt, "dateTime")}</Td>
                <Td>{format.dateTime(s.expiresAt, "dateTime")}</Td>
                <Td className="max-w-xs truncate text-xs" title={s.userAgent ?? undefined}>{s.ipAddress ?? "?"} · {s.userAgent ?? ta("user.unknownDevice")}</Td>
                <Td>{s.impersonatedBy ? <Badge>{ta("user.impersonation")}</Badge> : s.secondFactorAt ? ta("user.secondFactor") : ta("user.passwordOrLink")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      <Card>
        <CardHeader title={ta("user.auditTrail")} description={ta("user.auditTrailDescription")} />
        <AuditTable rows={detail.audit} show="tenant" />
      </Card>

      <Card>
        <CardHeader title={ta("user.emailsSent")} description={ta("user.emailsSentDescription")} />
        <Table>
          <THead><Tr><Th>{ta("emails.when")}</Th><Th>{ta("emails.template")}</Th><Th>{ta("emails.subject")}</Th><Th>{ta("emails.status")}</Th></Tr></THead>
          <TBody>
            {detail.emails.map((e) => (
              <Tr key={e.id}>
                <Td>{format.dateTime(e.createdAt, "dateTime")}</Td>
                <Td><code className="text-xs">{e.template}</code></Td>
                <Td>{e.subject}</Td>
                <Td title={e.lastError ?? undefined}><Badge>{ta(`jobStatus.${e.status}`)}</Badge></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      {sections.map(({ title, Section }) => (
        <Card key={title}>
          <CardHeader title={t(title)} />
          <Section userId={user.id} />
        </Card>
      ))}
    </div>
  );
}
