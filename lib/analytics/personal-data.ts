import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const analyticsPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  { table: "analytics_events", none: "cookieless pageviews: a visitor hash salted per day, no account" },
  { table: "analytics_daily", none: "daily totals" },
  { table: "analytics_rolled_days", none: "which days are rolled up" },
  { table: "analytics_salts", none: "the daily salts" },
];
