import { getTranslations } from "next-intl/server";
import { can, getCurrentUser } from "@/lib/app";
import { findMembership } from "@/lib/tenants/membership";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PasskeysSettings } from "@/components/account/passkeys-settings";
import { TwoFactorSettings } from "@/components/account/two-factor-settings";
import { LanguageForm } from "@/components/account/language-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { DeleteTenant } from "@/components/tenants/delete-tenant";
import { LeaveTenant } from "@/components/tenants/leave-tenant";
import { TransferOwnership } from "@/components/tenants/transfer-ownership";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("account.settings");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard/settings");
  const membership = activeTenant ? await findMembership(user.id, activeTenant.id) : null;
  const isOwner = activeTenant?.role === "owner";
  const current = await getCurrentUser();
  const twoFactorEnabled = current?.twoFactorEnabled ?? false;
  const [t, settings] = await Promise.all([getTranslations("account.language"), getTranslations("account.settings")]);

  return (
    <div className="space-y-6">
      <PageHeader title={settings("title")} description={settings("description")} />
      <Card>
        <CardHeader title={settings("profile")} />
        <ProfileForm name={user.name} email={user.email} />
      </Card>
      <Card id="language">
        <CardHeader title={t("title")} description={t("description")} />
        <LanguageForm saved={current?.locale ?? null} />
      </Card>
      <Card id="email">
        <CardHeader title={settings("email")} description={settings("emailDescription", { email: user.email })} />
        <ChangeEmailForm email={user.email} />
      </Card>
      <Card>
        <CardHeader title={settings("password")} />
        <ChangePasswordForm />
      </Card>
      <Card id="security">
        <CardHeader title={settings("twoFactor")} description={settings("twoFactorDescription")} />
        <TwoFactorSettings key={String(twoFactorEnabled)} enabled={twoFactorEnabled} />
      </Card>
      <Card>
        <CardHeader title={settings("passkeys")} />
        <PasskeysSettings />
      </Card>
      <Card>
        <CardHeader title={settings("sessions")} description={settings("sessionsDescription")} />
        <SessionsList />
      </Card>
      {activeTenant && membership ? (
        <Card>
          <CardHeader title={settings("membership")} />
          <LeaveTenant tenantId={activeTenant.id} tenantName={activeTenant.name} memberId={membership.memberId} isOwner={isOwner} />
        </Card>
      ) : null}
      {activeTenant && isOwner ? (
        <Card className="border-danger/50" aria-labelledby="danger-zone">
          <h2 id="danger-zone" className="mb-4 text-base font-semibold text-danger">
            {settings("dangerZone")}
          </h2>
          <div className="space-y-6 divide-border">
            {can(activeTenant.role, { organization: ["transfer"] }) ? (
              <div className="space-y-2">
                <p className="text-sm font-medium">{settings("transferOwnership")}</p>
                <TransferOwnership key={activeTenant.id} tenantId={activeTenant.id} tenantName={activeTenant.name} currentUserId={user.id} />
              </div>
            ) : null}
            <hr className="border-border" />
            {can(activeTenant.role, { organization: ["delete"] }) ? <DeleteTenant tenantId={activeTenant.id} tenantName={activeTenant.name} /> : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
