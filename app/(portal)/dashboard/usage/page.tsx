import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { DailyChart } from "@/components/usage/daily-chart";
import { QuotaBars } from "@/components/usage/quota-bars";
import { RequestsTable } from "@/components/usage/requests-table";
import { TopKeys } from "@/components/usage/top-keys";
import { can } from "@/lib/app";
import { apiRequestsMeter, getDailyUsage, getUsageSummary, listApiRequests, topApiKeys } from "@/lib/usage";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("usage.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function UsagePage() {
  const { activeTenant } = await loadDashboard("/dashboard/usage");
  if (!activeTenant) return <NoTenant />;
  const t = await getTranslations("usage");
  if (!can(activeTenant.role, { usage: ["read"] })) {
    return (
      <>
        <PageHeader title={t("page.title")} />
        <Alert tone="info">{t("page.noAccess", { role: t(`roles.${activeTenant.role}`) })}</Alert>
      </>
    );
  }
  const ctx = { tenantId: activeTenant.id };
  const [summary, daily, requests, topKeys] = await Promise.all([
    getUsageSummary(ctx),
    getDailyUsage(ctx, { meter: apiRequestsMeter, days: 30 }),
    listApiRequests(ctx, { limit: 20 }),
    topApiKeys(ctx),
  ]);
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description", { tenant: activeTenant.name })} />
      <div className="space-y-6">
        <QuotaBars meters={summary.meters} periodEnd={summary.period.end} />
        <DailyChart meter={daily.meter} data={daily.data} />
        <TopKeys rows={topKeys} />
        <RequestsTable rows={requests.data} />
      </div>
    </>
  );
}
