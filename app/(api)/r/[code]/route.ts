import { route } from "@/lib/app";
import { referralRedirect, referralRedirectResponse } from "@/lib/referrals/link";

/**
 * A referral link: counts the click and sends the visitor to sign-up with the code. With marketing
 * consent (until the privacy banner, `ANALYTICS_CONSENT_DEFAULT=granted`) it also sets a 30-day
 * first-party cookie, so the code survives a look around the site first.
 */
export const GET = route({ auth: "public", response: referralRedirectResponse }, ({ req, params }) => referralRedirect(req, params.code ?? ""));
