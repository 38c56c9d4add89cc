/** A row of `GET /tenants/:tenantId/members`. */
export type Member = { id: string; userId: string; role: string; name: string; email: string; createdAt: string };

/** A row of `GET /tenants/:tenantId/invitations`. */
export type Invitation = { id: string; email: string; role: string; status: string; expiresAt: string; createdAt: string };

/** Roles an invitation or a role change may grant (ownership moves only by transfer). */
export const assignableRoleOptions = [
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer" },
  { value: "guest", label: "Guest" },
] as const;
