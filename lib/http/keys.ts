import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Bearer secret for `auth: "cron"` routes (an external scheduler calling in). Unset: those answer 401. */
      CRON_SECRET: z.string().min(16).optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
