import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/app";
import { EndpointView } from "@/components/webhooks/endpoint-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../../_lib/load-dashboard";

export const metadata: Metadata = { title: "Webhook endpoint" };
export const dynamic = "force-dynamic";

export default async function WebhookEndpointPage({ params }: { params: Promise<{ endpointId: string }> }) {
  const { endpointId } = await params;
  const { activeTenant } = await loadDashboard(`/dashboard/webhooks/${endpointId}`);
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  return (
    <>
      <PageHeader
        title="Webhook endpoint"
        action={
          <Link href="/dashboard/webhooks" className="text-sm underline">
            All endpoints
          </Link>
        }
      />
      {can(role, { webhook: ["read"] }) ? (
        <EndpointView key={`${activeTenant.id}:${endpointId}`} tenantId={activeTenant.id} endpointId={endpointId} permissions={{ manage: can(role, { webhook: ["update"] }), reveal: can(role, { webhook: ["reveal"] }) }} />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see webhooks.`}</Alert>
      )}
    </>
  );
}
