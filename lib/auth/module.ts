import * as tables from "@/db/schema/auth";
import { defineModule } from "@/lib/manifest/define";
import { authAuditActions } from "./catalog";
import { magicLinkEmail, resetPasswordEmail, verifyEmail } from "./emails";
import { keys } from "./keys";

export default defineModule({
  id: "auth",
  core: true,
  summary: "Accounts, sessions, passwords, magic links and social sign-in (Better Auth).",
  env: keys,
  tables,
  auditActions: authAuditActions,
  emails: [verifyEmail, resetPasswordEmail, magicLinkEmail],
  nav: { portal: [{ href: "/dashboard/settings", label: "Settings", order: 900 }] },
  portal: { quickLinks: [{ href: "/dashboard/settings", label: "Account settings", order: 900 }] },
  // The other auth pages (reset password, verify email, accept invitation) are steps reached from a link.
  publicPages: ["/sign-up", "/sign-in"],
  personalData: [
    { table: "users", userColumn: "id", erase: "delete" },
    { table: "sessions", userColumn: "user_id", erase: "delete" },
    { table: "accounts", userColumn: "user_id", erase: "delete" },
  ],
  owns: {
    routes: ["app/(auth)", "app/api/auth", "app/(api)/me", "app/(portal)/dashboard/settings"],
    files: ["lib/account", "components/account", "components/auth", "emails/verify-email.tsx", "emails/reset-password.tsx", "emails/magic-link.tsx"],
  },
  docs: "modules/auth.mdx",
});
