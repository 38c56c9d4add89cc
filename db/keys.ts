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
      /**
       * `host:port/path` of a WebSocket-to-TCP proxy (e.g. `127.0.0.1:5488/v1`) the Neon driver
       * connects through instead of Neon's own endpoint, with `?address=<db host>:<db port>`
       * appended. The tunnel is plain `ws://`: meant for a proxy on the same machine, which is
       * how the tests run the Neon driver against a local Postgres. Unset → Neon's endpoint.
       */
      NEON_WS_PROXY: z
        .string()
        .refine((v) => !v.includes("://"), "host:port/path, without a protocol (the driver adds ws://)")
        .refine((v) => URL.canParse(`ws://${v}`), "must be host:port/path, e.g. 127.0.0.1:5488/v1")
        .optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
