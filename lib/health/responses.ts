import { z } from "zod";

/** `GET /internal/health`: 200 when everything is ok, 503 otherwise, with the same body. */
export const healthResponse = z.object({
  ok: z.boolean(),
  database: z.object({ ok: z.boolean(), driver: z.string(), latencyMs: z.number().optional(), error: z.string().optional() }),
  jobs: z.object({ ok: z.boolean(), running: z.boolean(), lastTickAt: z.date().nullable(), engine: z.enum(["in-process", "trigger"]) }),
  versions: z.object({ app: z.string(), next: z.string(), node: z.string() }),
  time: z.string(),
});
