import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { CreditsView } from "@/components/billing/credits/credits-view";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("billing.credits.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function CreditsPage() {
  const { activeTenant } = await loadDashboard("/dashboard/credits");
  if (!activeTenant) return <NoTenant />;
  const t = await getTranslations("billing");
  const { role } = activeTenant;
  return (
    <>
      <PageHeader title={t("credits.page.title")} description={t("credits.page.description", { tenant: activeTenant.name })} />
      {can(role, { billing: ["read"] }) ? (
        <CreditsView key={activeTenant.id} tenantId={activeTenant.id} canManage={can(role, { billing: ["manage"] })} />
      ) : (
        <Alert tone="info">{t("credits.page.noAccess", { role: t(`roles.${role}`) })}</Alert>
      )}
    </>
  );
}
