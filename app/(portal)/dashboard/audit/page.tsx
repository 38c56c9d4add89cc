import type { Metadata } from "next";
import { auditActions, can } from "@/lib/app";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { getEntitlements } from "@/lib/plans";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditLogPage() {
  const { activeTenant } = await loadDashboard("/dashboard/audit");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const header = <PageHeader title="Audit log" description={`Who did what in ${activeTenant.name}: sign-ins, role changes, keys, billing and more.`} />;
  if (!can(role, { audit: ["read"] })) {
    return (
      <>
        {header}
        <Alert tone="info">{`The audit log is for owners and admins; your role is ${role}.`}</Alert>
      </>
    );
  }
  // The feature gate, answered as a notice: the route would refuse these plans with plan_limit_reached.
  const entitlements = await getEntitlements(activeTenant.id);
  if (!entitlements.features.includes("audit_log")) {
    return (
      <>
        {header}
        <Alert tone="info" title="Your plan does not include the audit log">
          Upgrade to a plan with the audit log to see it. Entries are recorded on every plan, so the history is there once you upgrade.
        </Alert>
      </>
    );
  }
  const actions = [...new Set(auditActions.map((a) => a.action))].sort();
  return (
    <>
      {header}
      <AuditLogView key={activeTenant.id} tenantId={activeTenant.id} actions={actions} />
    </>
  );
}
