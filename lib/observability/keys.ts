import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Set, and server errors go to Sentry instead of the local error store (instrumentation.ts starts the SDK). */
      SENTRY_DSN: z.url().optional(),
      /** Sentry's environment name on events. @default NODE_ENV */
      SENTRY_ENVIRONMENT: z.string().min(1).optional(),
      /** Build time only: set, and `next build` uploads source maps to Sentry (with SENTRY_ORG and SENTRY_PROJECT). */
      SENTRY_AUTH_TOKEN: z.string().min(1).optional(),
      SENTRY_ORG: z.string().min(1).optional(),
      SENTRY_PROJECT: z.string().min(1).optional(),
      /** Unexpected errors within 15 minutes that email the platform admins (at most hourly). 0 turns the alert off. */
      ALERT_ERRORS_PER_15_MINUTES: z.coerce.number().int().min(0).default(20),
      /** Seconds the oldest due job may wait before the platform admins are emailed (at most hourly). 0 turns it off. */
      ALERT_JOB_LAG_SECONDS: z.coerce.number().int().min(0).default(900),
    },
    client: {
      /** Set at build time, and browser errors go to Sentry too; unset, no Sentry code ships to the browser. */
      NEXT_PUBLIC_SENTRY_DSN: z.url().optional(),
    },
    // Next inlines NEXT_PUBLIC_ keys only where the code names them literally.
    experimental__runtimeEnv: { NEXT_PUBLIC_SENTRY_DSN: process.env.NEXT_PUBLIC_SENTRY_DSN },
    emptyStringAsUndefined: true,
  });
