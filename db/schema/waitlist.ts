import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";

/**
 * The waitlist (lib/waitlist). Only hashes of the two emailed secrets are stored: the position
 * link's (which also verifies the address) and the invitation's. `referred_by` names the entry
 * whose code brought this one; a verified referral moves the referrer up the line.
 */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: text().primaryKey(),
    /** Lowercased. */
    email: text().notNull(),
    tokenHash: text().notNull(),
    /** What the entry shares: `/waitlist?ref=<code>`. */
    referralCode: text().notNull(),
    referredBy: text(),
    verifiedAt: timestamptz(),
    invitedAt: timestamptz(),
    /** When an account with this address was created. */
    signedUpAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("waitlist_entries_email_key").on(t.email), uniqueIndex("waitlist_entries_code_key").on(t.referralCode), uniqueIndex("waitlist_entries_token_key").on(t.tokenHash), index("waitlist_entries_referred_by_idx").on(t.referredBy)],
);
