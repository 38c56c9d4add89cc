import { getTranslations } from "next-intl/server";
import { SupportView } from "@/components/support/support-view";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("support.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function SupportPage() {
  await loadDashboard("/dashboard/support");
  const t = await getTranslations("support.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SupportView />
    </>
  );
}
