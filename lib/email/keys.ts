import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Set to send real mail through Resend; unset keeps every message in the local mailbox. */
      RESEND_API_KEY: z.string().startsWith("re_").optional(),
      /**
       * The signing secret of the Resend webhook (`whsec_…`, Resend dashboard → Webhooks) that
       * reports bounces and complaints to `POST /email/webhooks/resend`. Unset: that route answers 404.
       */
      RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
      /** The From header, e.g. `Keel <hello@example.com>`. */
      EMAIL_FROM: z.string().default("Keel <onboarding@keel.local>"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
