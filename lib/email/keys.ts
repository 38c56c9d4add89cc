import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Set to send real mail through Resend; unset keeps every message in the local mailbox. */
      RESEND_API_KEY: z.string().startsWith("re_").optional(),
      /** The From header, e.g. `Keel <hello@example.com>`. */
      EMAIL_FROM: z.string().default("Keel <onboarding@keel.local>"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
