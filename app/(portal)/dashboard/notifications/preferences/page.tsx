import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../../_lib/load-dashboard";

export const metadata: Metadata = { title: "Notification preferences" };
export const dynamic = "force-dynamic";

export default async function NotificationPreferencesPage() {
  await loadDashboard("/dashboard/notifications/preferences");
  return (
    <>
      <PageHeader title="Notification preferences" description="Choose how each kind of notification reaches you. Security and billing notices cannot be turned off." />
      <PreferencesForm />
    </>
  );
}
