import { createAccess, definePermissions } from "@/lib/auth/roles";
import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the billing module names: its ids, errors, audit actions and permissions (see module.ts). */
export const billingIds = defineIdPrefixes({
  subscription: "sub",
  invoice: "in",
  checkout: "chk",
  billingEvent: "bevt",
  stateChange: "bsc",
});

export const billingError = defineErrors({
  /** Payments are not set up on this deployment. */
  billing_not_configured: "unavailable",
  /** The payment provider did not answer; nothing was charged. */
  provider_unavailable: "unavailable",
  /** A replay of a billing event that was already applied (or found stale): replaying it again would change nothing. */
  billing_event_already_applied: "conflict",
  /** A platform admin's billing action that the tenant's standing does not allow (suspending a free tenant, ending a comp it does not have). */
  billing_action_not_allowed: "conflict",
});

export const billingAuditActions = [
  "billing.plan_changed",
  "billing.canceled",
  "billing.resumed",
  "billing.credits_clawed_back",
  "billing.checkout_failed",
  "billing.event_replayed",
  // A platform admin's actions on a tenant (lib/billing/admin-actions.ts), each with its reason.
  "billing.suspended",
  "billing.unsuspended",
  "billing.trial_extended",
  "billing.comped",
  "billing.comp_ended",
] as const;

export const billingPermissions = definePermissions({
  billing: { actions: ["read", "manage"], grants: { owner: ["read", "manage"], admin: ["read", "manage"] }, scope: "billing" },
});

/** Checks on billing's own resource, for billing's UI (routes check through the app's matrix). */
export const billingAccess = createAccess(billingPermissions);
