import { definePermissions } from "@/lib/auth/roles";
import { defineIdPrefixes } from "@/lib/ids";

/** What the projects module names: its ids, audit actions and permissions (see module.ts). */
export const projectIds = defineIdPrefixes({ project: "proj", projectMember: "pmem" });

/** Guests added to or removed from a project (also emitted as events of the same names). */
export const projectAuditActions = ["project.guest_added", "project.guest_removed"] as const;

export const projectPermissions = definePermissions({
  project: {
    actions: ["read", "create", "update", "delete"],
    grants: {
      owner: ["read", "create", "update", "delete"],
      admin: ["read", "create", "update", "delete"],
      member: ["read", "create", "update"],
      viewer: ["read"],
      // Guests read only the projects they were added to (project_members, lib/projects/visibility.ts),
      // and nothing about the team.
      guest: ["read"],
    },
    scope: "projects",
  },
});
