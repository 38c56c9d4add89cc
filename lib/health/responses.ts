import { z } from "zod";

const details = z.object({
  ok: z.boolean(),
  database: z.object({ ok: z.boolean(), driver: z.string(), latencyMs: z.number().optional(), error: z.string().optional() }),
  jobs: z.object({ ok: z.boolean(), running: z.boolean(), lastTickAt: z.date().nullable(), engine: z.enum(["in-process", "trigger"]) }),
  versions: z.object({ app: z.string(), next: z.string(), node: z.string() }),
  time: z.string(),
});

/**
 * `GET /internal/health`: 200 when everything is ok, 503 otherwise. Details only for platform
 * admins and callers with HEALTH_TOKEN; `{ ok }` for everyone else.
 */
export const healthResponse = z.union([details, z.object({ ok: z.boolean() }).strict()]);
