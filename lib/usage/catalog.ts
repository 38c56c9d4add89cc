import { definePermissions } from "@/lib/auth/roles";
import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the usage module names: its ids, errors and permissions (see module.ts). */
export const usageIds = defineIdPrefixes({ usageEvent: "uev" });

export const usageError = defineErrors({
  /** A hard quota is used up for this period. */
  quota_exceeded: "rate_limited",
});

export const usagePermissions = definePermissions({
  usage: { actions: ["read", "write"], grants: { owner: ["read", "write"], admin: ["read", "write"], member: ["read"] }, scope: "usage" },
  // What overage costs is money: owners and admins only, and keys with the `billing:read` scope
  // (shared with the billing module's resource, so a key reads all of a tenant's charges with one).
  overage: { actions: ["read"], grants: { owner: ["read"], admin: ["read"] }, scope: "billing" },
});
