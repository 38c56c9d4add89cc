import { createAccessControl } from "better-auth/plugins/access";

/**
 * The five tenant roles. What each may do is declared per resource by the module that owns the
 * resource (`definePermissions` in its manifest); `createAccess` folds those into the one matrix.
 */
export const roleNames = ["owner", "admin", "member", "viewer", "guest"] as const;
export type Role = (typeof roleNames)[number];

/** Roles an invitation or a role change may grant; ownership moves only by transfer. */
export const assignableRoles = ["admin", "member", "viewer", "guest"] as const satisfies readonly Role[];

export function isRole(value: string): value is Role {
  return (roleNames as readonly string[]).includes(value);
}

/** One resource of the matrix: its actions, each role's grants, and its API-key scope name. */
export type ResourceSpec<A extends string = string> = {
  actions: readonly A[];
  /** What each role may do; a role left out may do nothing. */
  grants: Partial<Record<Role, readonly A[]>>;
  /** API keys get `<scope>:read` and `<scope>:write` for it. Omit when keys never reach the resource. */
  scope?: string;
};

export type PermissionSpec = Record<string, ResourceSpec>;

/** Declares a module's resources. Typed so that grants name only the resource's own actions. */
export function definePermissions<const S extends PermissionSpec>(
  spec: S & { [R in keyof S]: { grants: Partial<Record<Role, readonly S[R]["actions"][number][]>> } },
): S {
  return spec;
}

/** What a route or a check asks for, e.g. `{ project: ["create"] }`. */
export type PermissionOf<S extends PermissionSpec> = { [R in keyof S]?: readonly S[R]["actions"][number][] };
type AnyPermission = Record<string, readonly string[] | undefined>;

/** The matrix built from every module's spec, with the checks route() and pages use. */
export type Access<S extends PermissionSpec = PermissionSpec> = ReturnType<typeof createAccess<S>>;

export function createAccess<S extends PermissionSpec>(spec: S) {
  const resources = Object.keys(spec) as (keyof S & string)[];
  const statements = Object.fromEntries(resources.map((r) => [r, spec[r]!.actions])) as { [R in keyof S]: S[R]["actions"] };
  // Better Auth's access control does the checking, so its organization plugin agrees with us.
  const ac = createAccessControl(statements as Record<string, readonly string[]>);
  const roles = Object.fromEntries(
    roleNames.map((role) => [role, ac.newRole(Object.fromEntries(resources.map((r) => [r, [...(spec[r]!.grants[role] ?? [])]])))]),
  ) as Record<Role, ReturnType<typeof ac.newRole>>;

  function can(role: string, permission: PermissionOf<S>): boolean {
    if (!isRole(role)) return false;
    return roles[role].authorize(permission as Record<string, string[]>).success;
  }

  /** The scopes a key needs for `permission`: `{ project: ["create"] }` → `["projects:write"]`. */
  function scopesFor(permission: PermissionOf<S>): string[] {
    const needed = new Set<string>();
    for (const [resource, actions] of Object.entries(permission as AnyPermission)) {
      const scope = spec[resource]?.scope ?? resource;
      for (const action of actions ?? []) needed.add(`${scope}:${action === "read" ? "read" : "write"}`);
    }
    return [...needed];
  }

  /** Every scope a key can carry (resources may share a scope: it then covers them all). */
  const scopes = [...new Set(resources.flatMap((r) => (spec[r]!.scope ? [`${spec[r]!.scope}:read`, `${spec[r]!.scope}:write`] : [])))];

  /**
   * The scopes `role` may not put on a key: a key never does more than its creator could. A write
   * scope needs every write action of its resource (a member who may create projects but not
   * delete them cannot mint `projects:write`, which would allow deletes).
   */
  function scopesBeyondRole(role: string, wanted: readonly string[]): string[] {
    return wanted.filter((scope) => {
      const [name, level] = scope.split(":");
      return resources
        .filter((r) => spec[r]!.scope === name)
        .some((resource) => {
          const actions = spec[resource]!.actions.filter((a) => (level === "read" ? a === "read" : a !== "read"));
          return !actions.every((action) => can(role, { [resource]: [action] } as unknown as PermissionOf<S>));
        });
    });
  }

  /** The matrix as data: role → resource → actions (for `GET /iam-roles`). */
  function matrix(): Record<Role, Record<string, readonly string[]>> {
    return Object.fromEntries(roleNames.map((role) => [role, roles[role].statements])) as Record<Role, Record<string, readonly string[]>>;
  }

  return { statements, ac, roles, can, scopesFor, scopes, scopesBeyondRole, matrix };
}
