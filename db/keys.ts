import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /**
       * Where the data lives. Unset → embedded PGlite in `.data/pglite`; `pglite:<dir>` → PGlite in
       * that directory; `pglite:memory` → in memory; `postgres://…` → a server (a `*.neon.tech` host
       * uses Neon's serverless driver, any other host node-postgres).
       */
      DATABASE_URL: z
        .string()
        .refine((v) => /^(pglite:|postgres(ql)?:\/\/)/.test(v), "must start with pglite: or postgres://")
        .optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
