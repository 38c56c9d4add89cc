import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { referralClicks, referrals } from "@/db/schema/referrals";
import { appUrl } from "@/lib/auth/config";
import { codeFor } from "./attribution";

export const myReferralsResponse = z.object({
  code: z.string(),
  link: z.string().describe("The link to share: counts a click, then opens sign-up with the code."),
  clicks: z.number().int(),
  signups: z.number().int().describe("Accounts created through the link (self-referrals not counted)."),
  conversions: z.number().int().describe("Of those, tenants that made a first payment (held, rewarded or later refunded)."),
  creditsEarned: z.number().int().describe("Credits your tenant received from rewarded referrals, less any refunded."),
});

/** `GET /me/referrals`: the caller's code and link, and how their referrals went. */
export async function myReferrals(userId: string) {
  const code = await codeFor(userId);
  const [[clicks], [counts]] = await Promise.all([
    db.select({ n: sql<number>`coalesce(sum(${referralClicks.clicks}), 0)::int` }).from(referralClicks).where(eq(referralClicks.code, code)),
    db
      .select({
        signups: sql<number>`count(*) filter (where ${referrals.status} <> 'refused')::int`,
        conversions: sql<number>`count(*) filter (where ${referrals.status} in ('held', 'rewarded', 'capped', 'clawed_back'))::int`,
        credits: sql<number>`coalesce(sum(${referrals.rewardCredits}) filter (where ${referrals.status} = 'rewarded' and ${referrals.referrerTenantId} is not null), 0)::int`,
      })
      .from(referrals)
      .where(and(eq(referrals.referrerId, userId), inArray(referrals.status, ["signed_up", "held", "rewarded", "capped", "clawed_back", "refused"]))),
  ]);
  return { code, link: `${appUrl}/r/${code}`, clicks: clicks?.n ?? 0, signups: counts?.signups ?? 0, conversions: counts?.conversions ?? 0, creditsEarned: counts?.credits ?? 0 };
}
