/** What the auth module names: its audit actions (see module.ts). */
export const authAuditActions = ["auth.sign_up", "auth.sign_in", "auth.session_revoked", "auth.sessions_revoked_all", "auth.account_locked", "auth.impersonation_started", "auth.impersonation_ended"] as const;
