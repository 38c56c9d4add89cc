import { can, statements, type Permission, type Resource } from "@/lib/auth/roles";
import { scopesFor } from "@/lib/auth/scopes";

/**
 * The permissions a scope stands for, read backwards from `scopesFor`: `projects:read` needs
 * `{ project: ["read"] }`; `projects:write` stands for every other project action (create, update,
 * delete), because a route needing any of them accepts that scope.
 */
function permissionsFor(scope: string): Permission[] {
  const out: Permission[] = [];
  for (const [resource, actions] of Object.entries(statements) as [Resource, readonly string[]][]) {
    for (const action of actions) {
      const permission = { [resource]: [action] } as Permission;
      if (scopesFor(permission).includes(scope)) out.push(permission);
    }
  }
  return out;
}

/**
 * The scopes `role` may not put on a key: a key must never do more than its creator could. A
 * write scope needs every write action of its resource (a member who may create and update
 * projects but not delete them cannot mint `projects:write`, which would allow deletes). A scope
 * no permission maps to (`tenant:read`) needs nothing beyond membership.
 */
export function scopesBeyondRole(role: string, scopes: readonly string[]): string[] {
  return scopes.filter((scope) => !permissionsFor(scope).every((permission) => can(role, permission)));
}
