import type { Metadata } from "next";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { CreditsView } from "@/components/billing/credits/credits-view";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Credits" };
export const dynamic = "force-dynamic";

export default async function CreditsPage() {
  const { activeTenant } = await loadDashboard("/dashboard/credits");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  return (
    <>
      <PageHeader title="Credits" description={`Usage credits of ${activeTenant.name}.`} />
      {can(role, { billing: ["read"] }) ? (
        <CreditsView key={activeTenant.id} tenantId={activeTenant.id} canManage={can(role, { billing: ["manage"] })} />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see credits. Owners and admins manage them.`}</Alert>
      )}
    </>
  );
}
