import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Bearer secret for `auth: "cron"` routes (an external scheduler calling in). Unset: those answer 401. */
      CRON_SECRET: z.string().min(16).optional(),
      /** Bearer token a monitor sends to GET /internal/health for the details (driver, runner, versions). */
      HEALTH_TOKEN: z.string().min(16).optional(),
      /**
       * Other origins (comma-separated, e.g. https://www.example.com) whose pages may send writes
       * with the app's cookies. The app's own origin (BETTER_AUTH_URL) is always trusted.
       */
      TRUSTED_ORIGINS: z.string().optional(),
      /**
       * How many proxies in front of the app append to X-Forwarded-For; the client address is the
       * entry this many places from the right (lib/http/client-ip.ts). 0: no proxy, trust no header.
       * @default 1
       */
      TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
