import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { MembersTable } from "@/components/tenants/members-table";
import { NoTenant } from "@/components/tenants/no-tenant";
import { TeamInvitations } from "@/components/tenants/team-invitations";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("tenants.team");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function TeamPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard/team");
  if (!activeTenant) return <NoTenant />;
  const { role, id: tenantId } = activeTenant;
  const [t, tenants] = await Promise.all([getTranslations("tenants.team"), getTranslations("tenants")]);

  if (!can(role, { member: ["read"] })) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="info">{t("noAccess", { role: tenants(`rolesInline.${role}`), tenant: activeTenant.name })}</Alert>
      </>
    );
  }

  const canSeeInvitations = can(role, { invitation: ["read"] });
  return (
    <div key={tenantId} className="space-y-10">
      <PageHeader title={t("title")} description={t("description", { tenant: activeTenant.name })} />
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-base font-semibold">
          {t("members")}
        </h2>
        <MembersTable
          tenantId={tenantId}
          currentUserId={user.id}
          canChangeRoles={can(role, { member: ["update"] })}
          canRemove={can(role, { member: ["delete"] })}
        />
      </section>
      {canSeeInvitations ? (
        <TeamInvitations tenantId={tenantId} canInvite={can(role, { invitation: ["create"] })} canCancel={can(role, { invitation: ["cancel"] })} />
      ) : null}
    </div>
  );
}
