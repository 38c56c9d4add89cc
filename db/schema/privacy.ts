import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

/**
 * A data-subject request (lib/privacy): an export of a person's data or a tenant's, or the deletion
 * of an account or a tenant. `user_id` is who asked; it is not a foreign key because a deletion's
 * request outlives the account as the record that it was honoured (the purge sets it to the
 * person's pseudonym).
 *
 * Exports: pending → running → completed (the file is in storage until `expires_at`) → expired, or
 * failed. Deletions: scheduled → purged after the grace period, or canceled; `held` pauses one on
 * legal hold. Deactivations (the reversible alternative): completed at once → canceled by the
 * next sign-in, which reactivates the account.
 */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: text().primaryKey(),
    type: text({ enum: ["export", "deletion", "deactivation", "tenant_export", "tenant_deletion"] }).notNull(),
    userId: text().notNull(),
    /** The tenant a tenant export or deletion is for. */
    tenantId: text(),
    status: text({ enum: ["pending", "running", "completed", "failed", "expired", "scheduled", "held", "canceled", "purged"] }).notNull(),
    /** Percent done, for the export's progress bar. */
    progress: integer().notNull().default(0),
    /** Where the export's ZIP is (lib/storage) and its size in bytes. */
    fileKey: text(),
    fileSize: integer(),
    /** When a completed export's file is removed. */
    expiresAt: timestamptz(),
    /** When a scheduled deletion's purge runs. */
    scheduledFor: timestamptz(),
    /** SHA-256 of the cancel link's token (the link is only in the confirmation email). */
    cancelTokenHash: text(),
    holdReason: text(),
    heldBy: text(),
    error: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: timestamptz(),
  },
  (t) => [
    index("privacy_requests_user_idx").on(t.userId, t.id),
    index("privacy_requests_status_idx").on(t.status, t.scheduledFor),
    // One export in flight per person or tenant, and one deletion under way per account or tenant.
    uniqueIndex("privacy_requests_one_export").on(t.userId, t.type).where(sql`type in ('export', 'tenant_export') and status in ('pending', 'running')`),
    uniqueIndex("privacy_requests_one_deletion").on(t.userId).where(sql`type = 'deletion' and status in ('scheduled', 'held')`),
    uniqueIndex("privacy_requests_one_tenant_deletion").on(t.tenantId).where(sql`type = 'tenant_deletion' and status in ('scheduled', 'held')`),
  ],
);

/**
 * Consent history: one row per decision, never updated, so who agreed to what, when and to which
 * version stays provable. The current state of a type is its latest row.
 */
export const privacyConsents = pgTable(
  "privacy_consents",
  {
    id: text().primaryKey(),
    userId: text().notNull(),
    type: text({ enum: ["terms", "privacy", "analytics", "marketing_email", "marketing_cookies"] }).notNull(),
    version: text().notNull(),
    granted: boolean().notNull(),
    /** Salted hash of the client address it was given from (lib/auth/email-hash's key, not the address). */
    ipHash: text(),
    createdAt: createdAt(),
  },
  (t) => [index("privacy_consents_user_idx").on(t.userId, t.type, t.createdAt)],
);
