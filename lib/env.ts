import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { keys as database } from "@/db/keys";
import { keys as auth } from "@/lib/auth/keys";
import { keys as billing } from "@/lib/billing/keys";
import { keys as email } from "@/lib/email/keys";
import { keys as http } from "@/lib/http/keys";
import { keys as jobs } from "@/lib/jobs/keys";
import { keys as rateLimit } from "@/lib/rate-limit/keys";
import { keys as usage } from "@/lib/usage/keys";

/**
 * The one parsed view of the environment. Each capability declares its own keys in its `keys.ts`
 * (every provider key optional); this file composes them. Nothing else reads `process.env`.
 */
export const env = createEnv({
  extends: [database(), auth(), billing(), email(), http(), jobs(), rateLimit(), usage()],
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().default(3000),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
