import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Balance under which a tenant is warned (email + banner), once per crossing. @default 100 */
      CREDITS_LOW_BALANCE_THRESHOLD: z.coerce.number().int().min(0).default(100),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
