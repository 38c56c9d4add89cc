import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** Parsed with core's env at start (lib/env.ts), so a bad value stops the boot. */
export const consentKeys = () =>
  createEnv({
    server: {
      /**
       * Whether people count as having agreed to analytics and marketing cookies until the privacy
       * module's banner records real choices: `denied` (the default) or `granted`. Core, not a
       * module's: product analytics (sending to PostHog) and referrals (the 30-day cookie) both ask,
       * and either can be removed alone.
       */
      ANALYTICS_CONSENT_DEFAULT: z.enum(["denied", "granted"]).default("denied"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });

/** The deployment's default consent (read per call, so a test or a reload sees a change). */
export function defaultConsentGranted(): boolean {
  return consentKeys().ANALYTICS_CONSENT_DEFAULT === "granted";
}
