import type { Metadata } from "next";
import { can, getCurrentUser } from "@/lib/app";
import { findMembership } from "@/lib/tenants/membership";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PasskeysSettings } from "@/components/account/passkeys-settings";
import { TwoFactorSettings } from "@/components/account/two-factor-settings";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { DeleteTenant } from "@/components/tenants/delete-tenant";
import { LeaveTenant } from "@/components/tenants/leave-tenant";
import { TransferOwnership } from "@/components/tenants/transfer-ownership";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard/settings");
  const membership = activeTenant ? await findMembership(user.id, activeTenant.id) : null;
  const isOwner = activeTenant?.role === "owner";
  const twoFactorEnabled = (await getCurrentUser())?.twoFactorEnabled ?? false;

  return (
    <div className="space-y-6">
      <PageHeader title="Settings" description="Your account, your sessions and this tenant." />
      <Card>
        <CardHeader title="Profile" />
        <ProfileForm name={user.name} email={user.email} />
      </Card>
      <Card id="email">
        <CardHeader title="Email address" description={`You sign in with ${user.email}.`} />
        <ChangeEmailForm email={user.email} />
      </Card>
      <Card>
        <CardHeader title="Password" />
        <ChangePasswordForm />
      </Card>
      <Card id="security">
        <CardHeader title="Two-factor authentication" description="A code from an authenticator app, asked for after your password." />
        <TwoFactorSettings key={String(twoFactorEnabled)} enabled={twoFactorEnabled} />
      </Card>
      <Card>
        <CardHeader title="Passkeys" />
        <PasskeysSettings />
      </Card>
      <Card>
        <CardHeader title="Sessions" description="Devices signed in to your account. Revoke any you do not recognise." />
        <SessionsList />
      </Card>
      {activeTenant && membership ? (
        <Card>
          <CardHeader title="Membership" />
          <LeaveTenant tenantId={activeTenant.id} tenantName={activeTenant.name} memberId={membership.memberId} isOwner={isOwner} />
        </Card>
      ) : null}
      {activeTenant && isOwner ? (
        <Card className="border-danger/50" aria-labelledby="danger-zone">
          <h2 id="danger-zone" className="mb-4 text-base font-semibold text-danger">
            Danger zone
          </h2>
          <div className="space-y-6 divide-border">
            {can(activeTenant.role, { organization: ["transfer"] }) ? (
              <div className="space-y-2">
                <p className="text-sm font-medium">Transfer ownership</p>
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
