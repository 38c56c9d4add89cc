import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const referralKeys = () =>
  createEnv({
    server: {
      /** Credits each side gets when a referred tenant's first payment clears the hold. */
      REFERRAL_REWARD_CREDITS: z.coerce.number().int().min(0).default(500),
      /** Rewarded referrals per referrer per calendar month (UTC); more convert but earn nothing. */
      REFERRAL_MONTHLY_CAP: z.coerce.number().int().min(0).default(10),
      /** Days a reward waits after the payment, so a refund in that time cancels it. */
      REFERRAL_HOLD_DAYS: z.coerce.number().int().min(0).max(365).default(14),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
