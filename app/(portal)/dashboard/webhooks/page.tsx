import { getTranslations } from "next-intl/server";
import { can, eventCatalog } from "@/lib/app";
import { WebhooksView } from "@/components/webhooks/webhooks-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { getEntitlements } from "@/lib/plans";
import { testEventType } from "@/lib/webhooks";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("webhooks.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const { activeTenant } = await loadDashboard("/dashboard/webhooks");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const [entitlements, t, tenants] = await Promise.all([getEntitlements(activeTenant.id), getTranslations("webhooks"), getTranslations("tenants")]);
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description", { tenant: activeTenant.name })} />
      {!entitlements.features.includes("webhooks") ? (
        <Alert tone="info">{t("page.notInPlan")}</Alert>
      ) : null}
      {can(role, { webhook: ["read"] }) ? (
        <WebhooksView key={activeTenant.id} tenantId={activeTenant.id} canManage={can(role, { webhook: ["create"] })} eventTypes={eventCatalog.filter((e) => e.type !== testEventType).map(({ type, description }) => ({ type, description }))} />
      ) : (
        <Alert tone="info">{t("page.cannotRead", { role: tenants(`rolesInline.${role}`) })}</Alert>
      )}
    </>
  );
}
