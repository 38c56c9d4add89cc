import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /**
       * `on` lifts the SSRF guard: endpoints may be private addresses and plain `http://` (tests,
       * local receivers; in production too when set). `off` enforces it everywhere. Unset: enforced
       * in production and tests; in development `http://localhost…` receivers are allowed.
       */
      WEBHOOKS_ALLOW_PRIVATE_URLS: z.enum(["on", "off"]).optional(),
      /**
       * Seconds between attempts, comma-separated: `1,1,1` in tests. Each delay gets ±10% jitter.
       * @default Svix's schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts in all)
       */
      WEBHOOKS_RETRY_SCHEDULE: z
        .string()
        .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, "comma-separated seconds, e.g. 5,300,1800")
        .optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
