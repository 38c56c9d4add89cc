import type { Metadata } from "next";
import { can, eventCatalog } from "@/lib/app";
import { WebhooksView } from "@/components/webhooks/webhooks-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { getEntitlements } from "@/lib/plans";
import { testEventType } from "@/lib/webhooks";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const { activeTenant } = await loadDashboard("/dashboard/webhooks");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const entitlements = await getEntitlements(activeTenant.id);
  return (
    <>
      <PageHeader title="Webhooks" description={`Signed HTTP callbacks to your servers when things happen in ${activeTenant.name}.`} />
      {!entitlements.features.includes("webhooks") ? (
        <Alert tone="info">Your plan does not include webhooks: endpoints you add are refused, and existing ones receive nothing. Upgrade on the billing page.</Alert>
      ) : null}
      {can(role, { webhook: ["read"] }) ? (
        <WebhooksView key={activeTenant.id} tenantId={activeTenant.id} canManage={can(role, { webhook: ["create"] })} eventTypes={eventCatalog.filter((e) => e.type !== testEventType).map(({ type, description }) => ({ type, description }))} />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see webhooks.`}</Alert>
      )}
    </>
  );
}
