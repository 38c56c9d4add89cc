import { defineModule } from "@/lib/manifest/define";
import { adminError } from "./errors";

export default defineModule({
  id: "admin",
  core: false,
  summary: "The platform admin panel and /platform API: users, tenants, read-only impersonation, jobs, emails and system health.",
  errors: adminError.codes,
  auditActions: [
    "admin.user_banned",
    "admin.user_unbanned",
    "admin.user_signed_out",
    "admin.verification_resent",
    "admin.platform_admin_granted",
    "admin.platform_admin_revoked",
    "admin.job_retried",
    "admin.job_canceled",
  ],
  nav: {
    admin: [
      { href: "/admin", label: "nav.overview", order: 0 },
      { href: "/admin/users", label: "nav.users", order: 10 },
      { href: "/admin/tenants", label: "nav.tenants", order: 20 },
      { href: "/admin/jobs", label: "nav.jobs", order: 80 },
      { href: "/admin/emails", label: "nav.emails", order: 85 },
      { href: "/admin/system", label: "nav.system", order: 90 },
    ],
  },
  // The banner an impersonation session shows on every portal page, with the way out.
  portal: { accountBanner: () => import("@/components/admin/impersonation-banner").then((m) => m.ImpersonationBanner) },
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: [
      "app/(admin)",
      "app/(api)/platform/users",
      "app/(api)/platform/tenants/route.ts",
      "app/(api)/platform/tenants/[tenantId]/route.ts",
      "app/(api)/platform/impersonations",
      "app/(api)/platform/jobs",
      "app/(api)/platform/emails",
      "app/(api)/platform/system",
    ],
    files: ["seed/admin.ts", "tests/admin-users.int.test.ts", "tests/impersonation.int.test.ts", "tests/impersonation-read-only.int.test.ts", "tests/admin-operations.int.test.ts", "e2e/impersonation.spec.ts"],
  },
  fixtures: () => import("@/seed/admin").then((m) => m.fixtures),
  docs: "modules/admin.mdx",
  removal:
    "No admin panel and no /platform routes of its own: no user or tenant management, no impersonation, no job retry. Core still refuses writes to any impersonation session that exists (none can be started). Modules' `admin` contributions (billing's tenant sections, revenue, support's inbox) stay in their manifests and show nowhere.",
});
