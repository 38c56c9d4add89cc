import type { Metadata } from "next";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { MembersTable } from "@/components/tenants/members-table";
import { NoTenant } from "@/components/tenants/no-tenant";
import { TeamInvitations } from "@/components/tenants/team-invitations";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

export default async function TeamPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard/team");
  if (!activeTenant) return <NoTenant />;
  const { role, id: tenantId } = activeTenant;

  if (!can(role, { member: ["read"] })) {
    return (
      <>
        <PageHeader title="Team" />
        <Alert tone="info">{`Your role (${role}) does not include seeing who else is in ${activeTenant.name}.`}</Alert>
      </>
    );
  }

  const canSeeInvitations = can(role, { invitation: ["read"] });
  return (
    <div key={tenantId} className="space-y-10">
      <PageHeader title="Team" description={`Who has access to ${activeTenant.name}.`} />
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-base font-semibold">
          Members
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
