import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const productAnalyticsKeys = () =>
  createEnv({
    client: {
      /** PostHog's project API key (`phc_…`). Unset: events stay in Keel's store and no PostHog code loads. */
      NEXT_PUBLIC_POSTHOG_KEY: z.string().min(1).optional(),
      /** PostHog's ingest host: `https://us.i.posthog.com` or `https://eu.i.posthog.com` (or your own). */
      NEXT_PUBLIC_POSTHOG_HOST: z.url().default("https://us.i.posthog.com"),
    },
    experimental__runtimeEnv: { NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY, NEXT_PUBLIC_POSTHOG_HOST: process.env.NEXT_PUBLIC_POSTHOG_HOST },
    emptyStringAsUndefined: true,
  });
