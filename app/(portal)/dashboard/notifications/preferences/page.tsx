import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("notifications.preferences");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function NotificationPreferencesPage() {
  await loadDashboard("/dashboard/notifications/preferences");
  const t = await getTranslations("notifications.preferences");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <PreferencesForm />
    </>
  );
}
