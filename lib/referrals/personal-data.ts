import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const referralsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "referral_codes", subject: "user", match: { column: "user_id" }, erase: "delete" },
  { table: "referral_devices", subject: "user", match: { column: "user_id" }, export: ["seen_at"], erase: "delete" },
  { table: "referral_clicks", none: "daily click counts per code" },
  // An address is referred once: the referral stays, with the person replaced by a pseudonym and
  // their address by its salted hash, so signing up again after erasure earns no second reward.
  {
    table: "referrals",
    subject: "user",
    match: { column: "referred_user_id" },
    export: ["id", "code", "status", "reason", "created_at", "converted_at"],
    erase: { keep: "an address is referred once (fraud prevention)", set: { referred_user_id: "pseudonym" } },
  },
  {
    table: "referrals",
    subject: "user",
    match: { column: "referrer_id" },
    export: ["id", "code", "status", "created_at", "converted_at", "rewarded_at", "reward_credits"],
    erase: { keep: "the referred person's record", set: { referrer_id: "pseudonym" } },
  },
];
