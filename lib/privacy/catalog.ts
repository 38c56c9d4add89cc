import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

export const privacyIds = defineIdPrefixes({ privacyRequest: "prq", consent: "cns" });

export const privacyError = defineErrors({
  /** Sign-in to an account whose deletion is scheduled (the cancel link in the email reopens it). */
  deletion_scheduled: "forbidden",
  /** The account owns a tenant others still belong to. */
  transfer_ownership_first: "conflict",
  /** An export is already being built, or one was asked for in the last day. */
  export_in_progress: "conflict",
  export_limit: "rate_limited",
  /** A deletion is already scheduled. */
  deletion_already_scheduled: "conflict",
  /** Deleting needs the password, or for accounts without one a sign-in in the last 5 minutes. */
  reauthentication_required: "forbidden",
  /** The cancel link's token names no scheduled deletion (used, expired, or mistyped). */
  invalid_cancel_token: "not_found",
  /** A request under legal hold cannot be released by anyone but an admin, nor purged. */
  privacy_request_not_found: "not_found",
});

export const privacyAuditActions = ["privacy.export_requested", "privacy.deletion_requested", "privacy.deactivated", "privacy.deletion_canceled", "privacy.deletion_held", "privacy.deletion_released", "privacy.purged", "privacy.consent_changed"] as const;

/** The kinds of consent a person gives or withdraws. */
export const consentTypes = ["terms", "privacy", "analytics", "marketing_email", "marketing_cookies"] as const;
export type ConsentType = (typeof consentTypes)[number];
