import * as tables from "@/db/schema/projects";
import { defineModule } from "@/lib/manifest/define";
import { projectOnboarding } from "./onboarding";
import { projectAuditActions, projectIds, projectPermissions } from "./catalog";
import { projectEvents } from "./events";
import { dropProjectsOfRemovedMember } from "./guests";
import { projectsPersonalData } from "./personal-data";

export default defineModule({
  id: "projects",
  core: false,
  summary: "The sample domain: tenant-scoped projects with soft delete, limits per plan, and guests added per project.",
  onboarding: projectOnboarding,
  tables,
  permissions: projectPermissions,
  auditActions: projectAuditActions,
  events: projectEvents,
  idPrefixes: projectIds.prefixes,
  nav: { portal: [{ href: "/dashboard/projects", label: "nav.projects", order: 100 }] },
  portal: {
    overview: [{ label: "overview.projects", value: () => import("@/components/projects/project-figure").then((m) => m.ProjectFigure) }],
    quickLinks: [{ href: "/dashboard/projects", label: "quickLinks.create", order: 100, permission: { project: ["create"] } }],
  },
  personalData: projectsPersonalData,
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/(api)/projects", "app/(portal)/dashboard/projects"],
    files: ["seed/projects.ts", "tests/projects.int.test.ts", "tests/projects-guests.int.test.ts", "e2e/projects.spec.ts"],
  },
  fixtures: () => import("@/seed/projects").then((m) => m.fixtures),
  docs: "modules/projects.mdx",
  hooks: { onMemberRemoved: dropProjectsOfRemovedMember },
});
