import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { isProductionRuntime } from "@/lib/runtime";

const secret = z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)");

export const keys = () =>
  createEnv({
    server: {
      /** Signs sessions and tokens. Required in production; development uses a fixed local value. */
      BETTER_AUTH_SECRET: isProductionRuntime ? secret : secret.optional(),
      /**
       * The origin browsers use, e.g. https://app.example.com. Required in production (links in
       * emails, passkeys' relying party and the Origin check all hang on it); development
       * defaults to http://localhost:$PORT.
       */
      BETTER_AUTH_URL: isProductionRuntime ? z.url() : z.url().optional(),
      /**
       * `required`: no session until the address is confirmed. `optional`: a session at once.
       * Default: `required` with a real email provider, `optional` with the local mailbox. In
       * production without an email provider the server refuses to start unless this is set to
       * `optional` on purpose (see lib/auth/start-rules.ts).
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
      /** Failed password sign-ins for one account before it is locked (lib/auth/lockout.ts). @default 10 */
      AUTH_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(10),
      /** The window those failures are counted in, and roughly how long a lock lasts. @default 15 */
      AUTH_LOCKOUT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
      /**
       * Demo data only: the text the seeded platform admin's TOTP is keyed on (authenticator apps
       * get its bytes in base32). @default keel-demo-totp-secret (NNSWK3BNMRSW23ZNORXXI4BNONSWG4TFOQ)
       */
      SEED_ADMIN_TOTP_SECRET: z.string().min(16).default("keel-demo-totp-secret"),
      /**
       * How long a platform admin's read-only impersonation of a user lasts, in minutes; at most 60
       * (a larger value is refused at start, not silently cut). @default 60
       */
      IMPERSONATION_MAX_MINUTES: z.coerce.number().int().min(1).max(60).default(60),
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
