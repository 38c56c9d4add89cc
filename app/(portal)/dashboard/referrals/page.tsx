import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ReferralsView } from "@/components/referrals/referrals-view";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("referrals.page");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** `/dashboard/referrals`: the caller's own link and figures (a person's, not a tenant's: no role check). */
export default async function ReferralsPage() {
  const { user } = await loadDashboard("/dashboard/referrals");
  const t = await getTranslations("referrals.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReferralsView userId={user.id} />
    </>
  );
}
