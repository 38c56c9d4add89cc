import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, timestamptz } from "./columns";

/** Each user's referral code (lib/referrals), made the first time they open their referrals page. */
export const referralCodes = pgTable(
  "referral_codes",
  {
    userId: text().primaryKey(),
    code: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("referral_codes_code_key").on(t.code)],
);

/** Opens of a referral link (`/r/<code>`), counted per UTC day. */
export const referralClicks = pgTable(
  "referral_clicks",
  {
    code: text().notNull(),
    day: text().notNull(),
    clicks: integer().notNull().default(0),
  },
  (t) => [primaryKey({ name: "referral_clicks_key", columns: [t.code, t.day] })],
);

/**
 * A keyed hash of the address and browser each account signed up from, for the same-device
 * self-referral rule. Kept under legitimate interest (fraud prevention) for 90 days, then deleted
 * by `referrals.forget-devices`.
 */
export const referralDevices = pgTable(
  "referral_devices",
  {
    userId: text().notNull(),
    deviceHash: text().notNull(),
    seenAt: createdAt(),
  },
  (t) => [primaryKey({ name: "referral_devices_key", columns: [t.userId, t.deviceHash] }), index("referral_devices_hash_idx").on(t.deviceHash), index("referral_devices_seen_idx").on(t.seenAt)],
);

export const referralStatuses = ["signed_up", "held", "rewarded", "refused", "capped", "clawed_back"] as const;

/**
 * One referred account: who brought it, and where its reward stands. `signed_up` until the
 * referred tenant's first payment; then `held` for the hold period (a refund then cancels it:
 * `clawed_back`), then `rewarded`, both sides credited. `refused` (a self-referral: `reason`) and
 * `capped` (the referrer's monthly cap) earn nothing.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: text().primaryKey(),
    referrerId: text().notNull(),
    referredUserId: text().notNull(),
    /** The referred address's salted hash (lib/auth/email-hash.ts): it outlives an erased account, so an address is referred once. */
    referredEmailHash: text(),
    code: text().notNull(),
    status: text({ enum: referralStatuses }).notNull(),
    reason: text(),
    referredTenantId: text(),
    referrerTenantId: text(),
    /** The payment that converted it (a refund of it takes the reward back), and when. */
    paymentId: text(),
    convertedAt: timestamptz(),
    heldUntil: timestamptz(),
    rewardedAt: timestamptz(),
    /** Credits each side got (0 until rewarded). */
    rewardCredits: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("referrals_referred_user_key").on(t.referredUserId),
    index("referrals_referrer_idx").on(t.referrerId, t.convertedAt),
    index("referrals_referred_tenant_idx").on(t.referredTenantId),
    index("referrals_referred_email_idx").on(t.referredEmailHash),
    index("referrals_held_idx").on(t.heldUntil).where(sql`status = 'held'`),
    check("referrals_reward_non_negative", sql`${t.rewardCredits} >= 0`),
  ],
);
