import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { configuredProvider } from "@/lib/billing";
import { loadDashboard } from "@/app/(portal)/dashboard/_lib/load-dashboard";
import { buttonClass } from "@/components/ui/button";
import { SimulatorPortal } from "@/components/billing/simulator/portal-view";
import { simulatorCard } from "@/lib/billing/simulator/queries";

export async function generateMetadata() {
  const t = await getTranslations("billing.simulatorPages.portal");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function SimulatorPortalPage() {
  if (configuredProvider() !== "simulator") notFound();
  const { activeTenant } = await loadDashboard("/billing/simulator/portal");
  const t = await getTranslations("billing.simulatorPages");
  const back = (
    <Link href="/dashboard/billing" className={buttonClass("ghost", "sm")}>
      <span aria-hidden="true">{"←"}</span> {t("backToBilling")}
    </Link>
  );
  if (!activeTenant || !can(activeTenant.role, { billing: ["read"] })) {
    return (
      <div className="space-y-4 rounded-lg border border-border bg-card p-6">
        <h1 className="text-xl font-semibold">{t("portal.title")}</h1>
        <p className="text-sm text-muted-foreground">{t("portal.managersOnly")}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{t("portal.title")}</h1>
          <p className="text-sm text-muted-foreground">{activeTenant.name}</p>
        </div>
        {back}
      </div>
      <SimulatorPortal
        key={activeTenant.id}
        tenantId={activeTenant.id}
        card={await simulatorCard(activeTenant.id)}
        canManage={can(activeTenant.role, { billing: ["manage"] })}
      />
    </div>
  );
}
