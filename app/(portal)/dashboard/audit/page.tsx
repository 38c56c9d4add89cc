import { getTranslations } from "next-intl/server";
import { auditActions, can } from "@/lib/app";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { getEntitlements } from "@/lib/plans";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("audit.page");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function AuditLogPage() {
  const { activeTenant } = await loadDashboard("/dashboard/audit");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const [t, tenants] = await Promise.all([getTranslations("audit"), getTranslations("tenants")]);
  const header = <PageHeader title={t("page.title")} description={t("page.description", { tenant: activeTenant.name })} />;
  if (!can(role, { audit: ["read"] })) {
    return (
      <>
        {header}
        <Alert tone="info">{t("page.cannotRead", { role: tenants(`rolesInline.${role}`) })}</Alert>
      </>
    );
  }
  // The feature gate, answered as a notice: the route would refuse these plans with plan_limit_reached.
  const entitlements = await getEntitlements(activeTenant.id);
  if (!entitlements.features.includes("audit_log")) {
    return (
      <>
        {header}
        <Alert tone="info" title={t("page.notInPlanTitle")}>
          {t("page.notInPlan")}
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
