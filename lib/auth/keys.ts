import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { isProductionRuntime } from "@/lib/runtime";

const secret = z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)");

export const keys = () =>
  createEnv({
    server: {
      /** Signs sessions and tokens. Required in production; development uses a fixed local value. */
      BETTER_AUTH_SECRET: isProductionRuntime ? secret : secret.optional(),
      /** The origin browsers use, e.g. https://app.example.com. Default: http://localhost:$PORT. */
      BETTER_AUTH_URL: z.url().optional(),
      /**
       * `required`: no session until the address is confirmed. `optional`: a session at once.
       * Default: `required` with a real email provider, `optional` with the local mailbox.
       */
      AUTH_EMAIL_VERIFICATION: z.enum(["required", "optional"]).optional(),
      /**
       * Sign-in/sign-up throttling (3 tries per 10 s per address and path), counted in the database,
       * or on the shared rate-limit store when REDIS_URL/UPSTASH_REDIS_REST_URL is set.
       * Default: on in production, off in development and tests. `off` is honoured in production only
       * when BETTER_AUTH_URL is a localhost address (end-to-end tests), so no deployment loses it.
       */
      AUTH_RATE_LIMIT: z.enum(["on", "off"]).optional(),
      /** `on` refuses sign-ups from disposable email domains (mailchecker's list). @default on */
      AUTH_BLOCK_DISPOSABLE_EMAILS: z.enum(["on", "off"]).default("on"),
      /** Comma-separated emails that are platform admins (no tenant membership by default). */
      PLATFORM_ADMIN_EMAILS: z.string().optional(),
      GITHUB_CLIENT_ID: z.string().optional(),
      GITHUB_CLIENT_SECRET: z.string().optional(),
      GOOGLE_CLIENT_ID: z.string().optional(),
      GOOGLE_CLIENT_SECRET: z.string().optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
