import * as tables from "@/db/schema/projects";
import { defineModule } from "@/lib/manifest/define";
import { projectIds, projectPermissions } from "./catalog";

export default defineModule({
  id: "projects",
  core: false,
  dependsOn: ["billing"],
  summary: "The sample domain: tenant-scoped projects with soft delete, limits per plan.",
  tables,
  permissions: projectPermissions,
  idPrefixes: projectIds.prefixes,
  nav: { portal: [{ href: "/dashboard/projects", label: "Projects", order: 100 }] },
  owns: { routes: ["app/(api)/projects", "app/(portal)/dashboard/projects"] },
  docs: "modules/projects.mdx",
});
