import type { Permission, Resource } from "./roles";

/**
 * API-key scopes, derived from the one permission matrix: each resource has `<name>:read` and
 * `<name>:write` (every action but read). A route's `permission` maps to the scope a key needs.
 */
const scopeNames: Record<Resource, string> = {
  organization: "tenant",
  member: "members",
  invitation: "invitations",
  team: "teams",
  ac: "roles",
  project: "projects",
  billing: "billing",
  apiKey: "api_keys",
  webhook: "webhooks",
  audit: "audit",
  usage: "usage",
};

export const apiKeyScopes = Object.values(scopeNames)
  .filter((name) => name !== "teams" && name !== "roles")
  .flatMap((name) => [`${name}:read`, `${name}:write`]);

export type ApiKeyScope = string;

/** The scopes a key needs for `permission`, e.g. `{ project: ["create"] }` → `["projects:write"]`. */
export function scopesFor(permission: Permission): string[] {
  const needed = new Set<string>();
  for (const [resource, actions] of Object.entries(permission) as [Resource, readonly string[]][]) {
    for (const action of actions ?? []) needed.add(`${scopeNames[resource]}:${action === "read" ? "read" : "write"}`);
  }
  return [...needed];
}
