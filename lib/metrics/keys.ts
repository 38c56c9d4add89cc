import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const keys = () =>
  createEnv({
    server: {
      /**
       * The bearer token Prometheus sends to `GET /internal/metrics`. Unset: the endpoint answers
       * 404, so a deployment exposes no metrics until it chooses a secret.
       */
      METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters: it guards the metrics endpoint.").optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
