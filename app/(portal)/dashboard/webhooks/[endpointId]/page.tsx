import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { EndpointView } from "@/components/webhooks/endpoint-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("webhooks.endpointPage");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function WebhookEndpointPage({ params }: { params: Promise<{ endpointId: string }> }) {
  const { endpointId } = await params;
  const { activeTenant } = await loadDashboard(`/dashboard/webhooks/${endpointId}`);
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const [t, tenants] = await Promise.all([getTranslations("webhooks"), getTranslations("tenants")]);
  return (
    <>
      <PageHeader
        title={t("endpointPage.title")}
        action={
          <Link href="/dashboard/webhooks" className="text-sm underline">
            {t("endpointPage.allEndpoints")}
          </Link>
        }
      />
      {can(role, { webhook: ["read"] }) ? (
        <EndpointView key={`${activeTenant.id}:${endpointId}`} tenantId={activeTenant.id} endpointId={endpointId} permissions={{ manage: can(role, { webhook: ["update"] }), reveal: can(role, { webhook: ["reveal"] }) }} />
      ) : (
        <Alert tone="info">{t("page.cannotRead", { role: tenants(`rolesInline.${role}`) })}</Alert>
      )}
    </>
  );
}
