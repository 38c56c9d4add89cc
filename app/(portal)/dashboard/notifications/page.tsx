import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NotificationsView } from "@/components/notifications/notifications-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("notifications.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  await loadDashboard("/dashboard/notifications");
  const t = await getTranslations("notifications.page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        action={
          <Link className={buttonClass("secondary", "sm")} href="/dashboard/notifications/preferences">
            {t("preferences")}
          </Link>
        }
      />
      <NotificationsView />
    </>
  );
}
