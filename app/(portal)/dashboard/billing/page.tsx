import type { Metadata } from "next";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { BillingView } from "@/components/billing/billing-view";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadCheckout } from "@/lib/billing/portal-state";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Billing" };
export const dynamic = "force-dynamic";

export default async function BillingPage({ searchParams }: { searchParams: Promise<{ checkout?: string | string[] }> }) {
  const { activeTenant } = await loadDashboard("/dashboard/billing");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const param = (await searchParams).checkout;
  const checkoutId = typeof param === "string" && param.length > 0 ? param : null;
  const checkout = checkoutId && can(role, { billing: ["read"] }) ? await loadCheckout(activeTenant.id, checkoutId) : null;
  return (
    <>
      <PageHeader title="Billing" description={`Plan, payments and invoices for ${activeTenant.name}.`} />
      {can(role, { billing: ["read"] }) ? (
        <BillingView
          key={activeTenant.id}
          tenantId={activeTenant.id}
          role={role}
          canManage={can(role, { billing: ["manage"] })}
          checkoutId={checkoutId}
          checkout={checkout}
        />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see billing. Owners and admins manage the plan and payments.`}</Alert>
      )}
    </>
  );
}
