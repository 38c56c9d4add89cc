import { route } from "@/lib/app";
import { myReferrals, myReferralsResponse } from "@/lib/referrals/stats";

/** Your referral code and link, with clicks, sign-ups, conversions and the credits they earned you. */
export const GET = route({ auth: "session", response: myReferralsResponse }, ({ user }) => myReferrals(user.userId));
