import { definePermissions } from "@/lib/auth/roles";

export const auditPermissions = definePermissions({
  audit: { actions: ["read"], grants: { owner: ["read"], admin: ["read"] }, scope: "audit" },
});
