import { coreMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

// The tenants module's notifications (its manifest's `notifications`), sent with core's notify().
// Its strings are the core's (messages/<locale>.json, `tenants.notifications.*`).

/** To a user who already has an account at the invited address. */
export const invitationReceivedNotification = defineNotification<{ tenantName: string; inviterName: string; role: string }>({
  type: "tenants.invitation_received",
  description: "tenants.notifications.invitation_received.description",
  // The invitation email itself goes out whatever this says (lib/tenants/invitations.ts).
  email: false,
  messages: coreMessages,
  render: ({ tenantName, inviterName, role }, { t }) => ({
    title: t("tenants.notifications.invitation_received.title", { inviterName, tenantName }),
    body: t("tenants.notifications.invitation_received.body", { tenantName, role: t(`tenants.rolesInline.${role}`) }),
    link: "/dashboard",
  }),
});

/** To the member whose role changed. */
export const roleChangedNotification = defineNotification<{ tenantName: string; from: string; to: string }>({
  type: "tenants.role_changed",
  description: "tenants.notifications.role_changed.description",
  email: true,
  messages: coreMessages,
  render: ({ tenantName, from, to }, { t }) => ({
    title: t("tenants.notifications.role_changed.title", { tenantName }),
    body: t("tenants.notifications.role_changed.body", { to: t(`tenants.notifications.rolesWithArticle.${to}`), from: t(`tenants.notifications.rolesWithArticle.${from}`) }),
    link: "/dashboard",
  }),
});

export const tenantNotifications = [invitationReceivedNotification, roleChangedNotification];
