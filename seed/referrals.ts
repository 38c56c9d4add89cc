import type { ModuleFixtures } from "@/lib/manifest/define";

/** The referrals module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/me/referrals": "the caller's own referral code and figures: a person's, not a tenant's",
    "/r/[code]": "public: a referral link anyone may open",
  },
};
