import { getTranslations } from "next-intl/server";
import { can } from "@/lib/app";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectsView } from "@/components/projects/projects-view";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("projects.page");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function ProjectsPage() {
  const { activeTenant } = await loadDashboard("/dashboard/projects");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const t = await getTranslations("projects.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { tenant: activeTenant.name })} />
      <ProjectsView
        key={activeTenant.id}
        tenantId={activeTenant.id}
        role={role}
        permissions={{
          create: can(role, { project: ["create"] }),
          update: can(role, { project: ["update"] }),
          delete: can(role, { project: ["delete"] }),
        }}
      />
    </>
  );
}
