import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** A Redis server (redis://…) for rate-limit counters shared by every process. */
      REDIS_URL: z.string().startsWith("redis").optional(),
      /** Upstash Redis over REST (serverless-friendly); wins over REDIS_URL when both are set. */
      UPSTASH_REDIS_REST_URL: z.url().optional(),
      UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
      /**
       * When the store cannot be reached: `open` lets requests through (availability first),
       * `closed` refuses them with 503 (protection first). @default open
       */
      RATE_LIMIT_FAILURE_MODE: z.enum(["open", "closed"]).default("open"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
