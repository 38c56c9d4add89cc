import { definePermissions } from "@/lib/auth/roles";

/** What the tenants module names: its audit actions and permissions (see module.ts). */
export const tenantAuditActions = [
  "tenant.created",
  "tenant.updated",
  "tenant.deleted",
  "tenant.ownership_transferred",
  "member.role_changed",
  "member.removed",
  "member.left",
  "invitation.created",
  "invitation.resent",
  "invitation.canceled",
  "invitation.accepted",
  "invitation.declined",
] as const;

// The tenant itself is "organization" in Better Auth's terms; keeping its names lets Better
// Auth's organization plugin check the same matrix.
export const tenantPermissions = definePermissions({
  organization: { actions: ["update", "delete", "transfer"], grants: { owner: ["update", "delete", "transfer"], admin: ["update"] }, scope: "tenant" },
  member: {
    actions: ["read", "create", "update", "delete"],
    grants: { owner: ["read", "create", "update", "delete"], admin: ["read", "create", "update", "delete"], member: ["read"], viewer: ["read"] },
    scope: "members",
  },
  invitation: {
    actions: ["read", "create", "cancel"],
    grants: { owner: ["read", "create", "cancel"], admin: ["read", "create", "cancel"], member: ["read"] },
    scope: "invitations",
  },
});
