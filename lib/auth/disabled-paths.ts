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

/**
 * Better Auth's admin plugin endpoints: Keel's /platform routes replace them (they add the
 * second-factor check, a required reason and the audit rows) and call the plugin through auth.api.
 */
export const adminPaths = [
  "set-role", "get-user", "create-user", "update-user", "list-users", "list-user-sessions", "unban-user", "ban-user",
  "impersonate-user", "stop-impersonating", "revoke-user-session", "revoke-user-sessions", "remove-user",
  "set-user-password", "has-permission",
].map((name) => `/admin/${name}`);
