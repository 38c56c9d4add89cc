import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ConsentSettings } from "@/components/privacy/consent-settings";
import { DataRequests } from "@/components/privacy/data-requests";
import { DeleteAccount } from "@/components/privacy/delete-account";
import { privacyKeys } from "@/lib/privacy/keys";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("privacy.page");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** `/dashboard/privacy`: the caller's data export (and their team's, for its owner), consents and account deletion (a person's page, no role check). */
export default async function PrivacyPage() {
  const { activeTenant } = await loadDashboard("/dashboard/privacy");
  // The whole team's export is the owner's to ask for (the route checks it again).
  const ownedTenant = activeTenant?.role === "owner" ? { id: activeTenant.id, name: activeTenant.name } : null;
  const t = await getTranslations("privacy.page");
  const { PRIVACY_DELETION_GRACE_DAYS: graceDays, PRIVACY_EXPORT_TTL_DAYS: linkDays } = privacyKeys();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card id="data" aria-labelledby="privacy-data">
        <CardHeader title={<span id="privacy-data">{t("data.title")}</span>} description={t("data.description", { days: linkDays })} />
        <DataRequests ownedTenant={ownedTenant} />
      </Card>
      <Card id="consents" aria-labelledby="privacy-consents">
        <CardHeader title={<span id="privacy-consents">{t("consents.title")}</span>} description={t("consents.description")} />
        <ConsentSettings />
      </Card>
      <Card id="delete" className="border-danger/50" aria-labelledby="privacy-delete">
        <h2 id="privacy-delete" className="mb-4 text-base font-semibold text-danger">
          {t("delete.title")}
        </h2>
        <DeleteAccount graceDays={graceDays} />
      </Card>
    </div>
  );
}
