import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Set to hand jobs to Trigger.dev; unset runs them in-process. */
      TRIGGER_SECRET_KEY: z.string().startsWith("tr_").optional(),
      /** `off` stops the in-process runner in this process (e.g. a web-only replica). Default `on`. */
      JOBS_RUNNER: z.enum(["on", "off"]).default("on"),
      /** How often the in-process runner polls for due jobs, in milliseconds. */
      JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
