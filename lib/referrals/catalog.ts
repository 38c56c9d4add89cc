import { defineIdPrefixes } from "@/lib/ids";

export const referralIds = defineIdPrefixes({ referral: "rfl" });

/** The cookie `/r/<code>` sets (with consent) and sign-up reads; the header the sign-up form sends. */
export const referralCookie = "keel_ref";
export const referralHeader = "x-referral-code";
