import { definePermissions } from "@/lib/auth/roles";
import { defineIdPrefixes } from "@/lib/ids";

/** What the projects module names: its ids and permissions (see module.ts). */
export const projectIds = defineIdPrefixes({ project: "proj" });

export const projectPermissions = definePermissions({
  project: {
    actions: ["read", "create", "update", "delete"],
    grants: {
      owner: ["read", "create", "update", "delete"],
      admin: ["read", "create", "update", "delete"],
      member: ["read", "create", "update"],
      viewer: ["read"],
      // Guests see the projects they were invited to work on, and nothing about the team.
      guest: ["read"],
    },
    scope: "projects",
  },
});
