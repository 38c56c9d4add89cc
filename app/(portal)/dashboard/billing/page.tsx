import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { BillingView } from "@/components/billing/billing-view";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadCheckout } from "@/lib/billing/portal-state";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("billing.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function BillingPage({ searchParams }: { searchParams: Promise<{ checkout?: string | string[] }> }) {
  const { activeTenant } = await loadDashboard("/dashboard/billing");
  if (!activeTenant) return <NoTenant />;
  const t = await getTranslations("billing");
  const { role } = activeTenant;
  const param = (await searchParams).checkout;
  const checkoutId = typeof param === "string" && param.length > 0 ? param : null;
  const checkout = checkoutId && can(role, { billing: ["read"] }) ? await loadCheckout(activeTenant.id, checkoutId) : null;
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description", { tenant: activeTenant.name })} />
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
        <Alert tone="info">{t("page.noAccess", { role: t(`roles.${role}`) })}</Alert>
      )}
    </>
  );
}
