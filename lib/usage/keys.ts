import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /** Credits each call to the sample metered endpoint `POST /v1/echo` costs a live key. @default 1 */
      ECHO_CREDIT_COST: z.coerce.number().int().min(0).default(1),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
