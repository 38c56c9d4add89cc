import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { keys as database } from "@/db/keys";
import { consentKeys as consent } from "@/lib/consent";
import { keys as auth } from "@/lib/auth/keys";
import { keys as email } from "@/lib/email/keys";
import { keys as http } from "@/lib/http/keys";
import { keys as jobs } from "@/lib/jobs/keys";
import { keys as rateLimit } from "@/lib/rate-limit/keys";

/**
 * Core's parsed view of the environment, composed from each core capability's `keys.ts` (every
 * provider key optional). An optional module parses its own keys in `lib/<module>/env.ts` and
 * names them in its manifest, so removing the module removes its keys. Nothing else reads
 * `process.env`.
 */
export const env = createEnv({
  extends: [database(), auth(), email(), http(), jobs(), rateLimit(), consent()],
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().default(3000),
    /** Set to `1` by Vercel in its builds and functions: a serverless host (lib/app/deploy-checks.ts). */
    VERCEL: z.string().optional(),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
