import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

/**
 * The one permission matrix. Every tenant route names the permission it needs
 * (`permission: { project: ["create"] }`); `GET /iam-roles` publishes this table; the role tests
 * read it. Better Auth's organization statements are kept so its own checks agree with ours.
 */
export const statements = {
  ...defaultStatements,
  organization: ["update", "delete", "transfer"],
  member: ["read", "create", "update", "delete"],
  invitation: ["read", "create", "cancel"],
  project: ["read", "create", "update", "delete"],
  billing: ["read", "manage"],
  apiKey: ["read", "create", "update", "delete"],
  webhook: ["read", "create", "update", "delete"],
  audit: ["read"],
  usage: ["read", "write"],
} as const;

export const ac = createAccessControl(statements);

// What owners and admins both may do: everything in the matrix but the tenant itself (and
// Better Auth's team and dynamic-role statements, which Keel does not use).
const { organization: _tenant, team: _team, ac: _dynamicRoles, ...manageEverything } = statements;

export const roles = {
  owner: ac.newRole({ ...manageEverything, organization: ["update", "delete", "transfer"] }),
  admin: ac.newRole({ ...manageEverything, organization: ["update"] }),
  member: ac.newRole({
    member: ["read"],
    invitation: ["read"],
    project: ["read", "create", "update"],
    apiKey: ["read"],
    webhook: ["read"],
    usage: ["read"],
  }),
  viewer: ac.newRole({
    member: ["read"],
    project: ["read"],
  }),
  // Guests see the projects they were invited to work on, and nothing about the team.
  guest: ac.newRole({
    project: ["read"],
  }),
};

export type Role = keyof typeof roles;
export const roleNames = Object.keys(roles) as Role[];
/** Roles an invitation or a role change may grant; ownership moves only by transfer. */
export const assignableRoles = ["admin", "member", "viewer", "guest"] as const satisfies readonly Role[];

export type Resource = keyof typeof statements;
export type Permission = { [R in Resource]?: readonly (typeof statements)[R][number][] };

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}

/** Whether `role` grants every action in `permission`. Pure: no database, no session. */
export function can(role: string, permission: Permission): boolean {
  if (!isRole(role)) return false;
  const result = roles[role].authorize(permission as Record<string, string[]>);
  return result.success;
}

/** The matrix as data: role → resource → actions. */
export function permissionMatrix(): Record<Role, Record<string, readonly string[]>> {
  const matrix = {} as Record<Role, Record<string, readonly string[]>>;
  for (const name of roleNames) matrix[name] = roles[name].statements as Record<string, readonly string[]>;
  return matrix;
}
