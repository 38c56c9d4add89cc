import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const analyticsKeys = () =>
  createEnv({
    server: {
      /**
       * More hosts whose pages may send pageviews (comma-separated, e.g. `www.example.com`), for a
       * marketing site served apart from the app. The app's own host (BETTER_AUTH_URL) always may;
       * events for any other host are dropped, so nobody can fill the dashboard from their site.
       */
      ANALYTICS_HOSTS: z.string().optional(),
      /** Days raw events are kept before only their daily rollups remain. */
      ANALYTICS_RAW_RETENTION_DAYS: z.coerce.number().int().min(2).max(3650).default(90),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
