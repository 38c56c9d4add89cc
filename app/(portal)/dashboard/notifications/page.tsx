import type { Metadata } from "next";
import Link from "next/link";
import { NotificationsView } from "@/components/notifications/notifications-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  await loadDashboard("/dashboard/notifications");
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Everything the app told you, newest first. New ones appear here as they arrive."
        action={
          <Link className={buttonClass("secondary", "sm")} href="/dashboard/notifications/preferences">
            Preferences
          </Link>
        }
      />
      <NotificationsView />
    </>
  );
}
