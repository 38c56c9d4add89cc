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
      /**
       * An OTLP/HTTP collector (e.g. `http://localhost:4318`): set, and instrumentation.ts registers
       * @vercel/otel, which exports Next.js's own spans (requests, rendering, fetch) there. Unset:
       * no tracing code loads. The standard OTEL_* variables (headers, sampler) apply as usual.
       */
      OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
      /** The service name on those traces. */
      OTEL_SERVICE_NAME: z.string().min(1).default("keel"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
