/**
 * Better Auth organization endpoints that Keel's own REST routes replace (see lib/tenants).
 * Listed in full because Better Auth matches disabled paths exactly.
 */
const endpoints = [
  "create", "update", "delete", "set-active", "check-slug", "get-full-organization", "get-organization", "list",
  "invite-member", "cancel-invitation", "accept-invitation", "reject-invitation", "get-invitation",
  "list-invitations", "list-user-invitations", "remove-member", "update-member-role", "leave",
  "get-active-member", "get-active-member-role", "list-members", "has-permission",
  "create-role", "delete-role", "get-role", "list-roles", "update-role",
  "create-team", "update-team", "remove-team", "list-teams", "list-user-teams", "set-active-team",
  "add-team-member", "remove-team-member", "list-team-members",
];

export const organizationPaths = endpoints.map((name) => `/organization/${name}`);
