import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Set to hand jobs to Trigger.dev; unset runs them in-process. */
      TRIGGER_SECRET_KEY: z.string().startsWith("tr_").optional(),
      /** Your Trigger.dev project ref; read by trigger.config.ts (the Trigger.dev CLI) only. */
      TRIGGER_PROJECT_REF: z.string().startsWith("proj_").optional(),
      /**
       * `off` stops the runner loop in this process (e.g. a web-only replica). With Trigger.dev the
       * loop still matters: it hands jobs over, so keep it on in at least one process. Default `on`.
       */
      JOBS_RUNNER: z.enum(["on", "off"]).default("on"),
      /** How often the in-process runner polls for due jobs, in milliseconds. */
      JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
      /**
       * Overrides of the retention rules' days (lib/jobs/retention.ts): `class=days` pairs, comma
       * separated, e.g. `audit_log=730,sessions=14`. Classes are listed in content/docs/privacy.mdx.
       */
      RETENTION_DAYS: z
        .string()
        .regex(/^\s*[a-z_]+\s*=\s*\d{1,5}\s*(,\s*[a-z_]+\s*=\s*\d{1,5}\s*)*$/, "RETENTION_DAYS is `class=days` pairs, comma separated, e.g. audit_log=730,sessions=14.")
        .optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
