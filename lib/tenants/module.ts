import * as tables from "@/db/schema/tenants";
import { defineModule } from "@/lib/manifest/define";
import { tenantOnboarding } from "./onboarding";
import { tenantSegmentFields } from "./segment-fields";
import { tenantAuditActions, tenantPermissions } from "./catalog";
import { invitationEmail, welcomeEmail } from "./emails";
import { tenantEvents } from "./events";
import { tenantNotifications } from "./notifications";
import { tenantsPersonalData } from "./personal-data";

export default defineModule({
  id: "tenants",
  core: true,
  dependsOn: ["auth"],
  summary: "Tenants, members, the five roles, invitations and ownership transfer.",
  onboarding: tenantOnboarding,
  segmentFields: tenantSegmentFields,
  tables,
  permissions: tenantPermissions,
  auditActions: tenantAuditActions,
  events: tenantEvents,
  emails: [invitationEmail, welcomeEmail],
  notifications: tenantNotifications,
  nav: {
    portal: [
      { href: "/dashboard", label: "nav.overview", order: 0 },
      { href: "/dashboard/team", label: "nav.team", order: 200 },
    ],
  },
  portal: { quickLinks: [{ href: "/dashboard/team", label: "quickLinks.invite", order: 200, permission: { invitation: ["create"] } }] },
  personalData: tenantsPersonalData,
  owns: {
    routes: ["app/(api)/tenants", "app/(api)/invitations", "app/(api)/iam-roles", "app/(portal)/dashboard/team"],
    files: ["emails/invitation.tsx", "emails/welcome.tsx", "e2e/sign-up.spec.ts"],
  },
  docs: "modules/tenants.mdx",
});
