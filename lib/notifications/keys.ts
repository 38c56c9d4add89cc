import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /**
       * How a new notification reaches the open streams of other processes. `auto`: in memory on
       * PGlite (one process), Postgres LISTEN/NOTIFY on a server, polling every 2 s when
       * DATABASE_URL is a pooled endpoint that cannot LISTEN (Neon's `-pooler` hosts, PgBouncer on
       * port 6432 or `?pgbouncer=true`). `poll` forces polling (PgBouncer in transaction mode on
       * another port); `listen` forces LISTEN. @default auto
       */
      NOTIFICATIONS_REALTIME: z.enum(["auto", "listen", "poll"]).default("auto"),
      /**
       * A direct (unpooled) connection string for LISTEN when DATABASE_URL is pooled. Vercel's Neon
       * integration sets it. Unset → LISTEN on DATABASE_URL, or polling if that is pooled.
       */
      DATABASE_URL_UNPOOLED: z
        .string()
        .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgres://")
        .optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
