import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const productAnalyticsKeys = () =>
  createEnv({
    server: {
      /**
       * Whether a user counts as having agreed to product analytics until the privacy module's
       * banner records real choices: `denied` (the default) sends nothing to PostHog, from the
       * server or the browser; `granted` sends. Keel's own store is written either way.
       */
      ANALYTICS_CONSENT_DEFAULT: z.enum(["denied", "granted"]).default("denied"),
    },
    client: {
      /** PostHog's project API key (`phc_…`). Unset: events stay in Keel's store and no PostHog code loads. */
      NEXT_PUBLIC_POSTHOG_KEY: z.string().min(1).optional(),
      /** PostHog's ingest host: `https://us.i.posthog.com` or `https://eu.i.posthog.com` (or your own). */
      NEXT_PUBLIC_POSTHOG_HOST: z.url().default("https://us.i.posthog.com"),
    },
    experimental__runtimeEnv: { NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY, NEXT_PUBLIC_POSTHOG_HOST: process.env.NEXT_PUBLIC_POSTHOG_HOST },
    emptyStringAsUndefined: true,
  });
