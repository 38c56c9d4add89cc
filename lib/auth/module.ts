import * as tables from "@/db/schema/auth";
import { defineModule } from "@/lib/manifest/define";
import { authOnboarding } from "./onboarding";
import { authSegmentFields } from "./segment-fields";
import { authAuditActions } from "./catalog";
import { authEmails } from "./emails";
import { newDeviceSignInNotification } from "./new-device";
import { authEnv } from "./start-rules";
import { authPersonalData } from "./personal-data";

export default defineModule({
  id: "auth",
  core: true,
  summary: "Accounts, sessions, passwords, magic links, social sign-in, two-factor and passkeys (Better Auth).",
  onboarding: authOnboarding,
  segmentFields: authSegmentFields,
  env: authEnv,
  tables,
  auditActions: authAuditActions,
  emails: authEmails,
  notifications: [newDeviceSignInNotification],
  nav: { portal: [{ href: "/dashboard/settings", label: "nav.settings", order: 900 }] },
  portal: { quickLinks: [{ href: "/dashboard/settings", label: "quickLinks.settings", order: 900 }] },
  // The other auth pages (reset password, verify email, accept invitation) are steps reached from a link.
  publicPages: ["/sign-up", "/sign-in"],
  personalData: authPersonalData,
  retention: [{ class: "sessions", table: "sessions", column: "expires_at", days: 30, description: "Sessions, counted from when they expired." }],
  owns: {
    routes: ["app/(auth)", "app/api/auth", "app/(api)/me", "app/(portal)/dashboard/settings"],
    files: ["lib/account", "components/account", "components/auth", "emails/verify-email.tsx", "emails/reset-password.tsx", "emails/magic-link.tsx", "emails/account-locked.tsx", "emails/email-change-notice.tsx", "emails/confirm-new-email.tsx"],
  },
  docs: "modules/auth.mdx",
});
