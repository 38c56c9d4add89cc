import { defineNotification } from "@/lib/jobs/notify";

// The tenants module's notifications (its manifest's `notifications`), sent with core's notify().

/** To a user who already has an account at the invited address. */
export const invitationReceivedNotification = defineNotification<{ tenantName: string; inviterName: string; role: string }>({
  type: "tenants.invitation_received",
  description: "Someone invites you to join their team",
  // The invitation email itself goes out whatever this says (lib/tenants/invitations.ts).
  email: false,
  render: ({ tenantName, inviterName, role }) => ({
    title: `${inviterName} invited you to ${tenantName}`,
    body: `You are invited to join ${tenantName} as ${role}. Accept or decline from your dashboard.`,
    link: "/dashboard",
  }),
});

/** To the member whose role changed. */
export const roleChangedNotification = defineNotification<{ tenantName: string; from: string; to: string }>({
  type: "tenants.role_changed",
  description: "Your role in a team changes",
  email: true,
  render: ({ tenantName, from, to }) => ({
    title: `Your role in ${tenantName} changed`,
    body: `You are now ${to === "admin" ? "an" : "a"} ${to} (you were ${from === "admin" ? "an" : "a"} ${from}).`,
    link: "/dashboard",
  }),
});

export const tenantNotifications = [invitationReceivedNotification, roleChangedNotification];
