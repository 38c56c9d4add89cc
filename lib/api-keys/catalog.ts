import { definePermissions } from "@/lib/auth/roles";
import { defineIdPrefixes } from "@/lib/ids";

/** What the api-keys module names: its ids, audit actions and permissions (see module.ts). */
export const apiKeyIds = defineIdPrefixes({ apiKey: "key" });

export const apiKeyAuditActions = ["api_key.created", "api_key.updated", "api_key.rotated", "api_key.revoked"] as const;

export const apiKeyPermissions = definePermissions({
  apiKey: {
    actions: ["read", "create", "update", "delete"],
    grants: { owner: ["read", "create", "update", "delete"], admin: ["read", "create", "update", "delete"], member: ["read"] },
    scope: "api_keys",
  },
});
