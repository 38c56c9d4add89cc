import type { Metadata } from "next";
import { SupportView } from "@/components/support/support-view";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "Support" };
export const dynamic = "force-dynamic";

export default async function SupportPage() {
  await loadDashboard("/dashboard/support");
  return (
    <>
      <PageHeader title="Support" description="Problems you reported and our answers. We also answer by email." />
      <SupportView />
    </>
  );
}
