import { route } from "@/lib/app";
import { hasBearerSecret } from "@/lib/http/bearer";
import { errors } from "@/lib/errors";
import { metricsTextResponse, renderMetrics } from "@/lib/metrics";
import { keys } from "@/lib/metrics/keys";

/**
 * Prometheus scrapes this process's metrics here with `Authorization: Bearer $METRICS_TOKEN`.
 * Without METRICS_TOKEN the endpoint does not exist (404): metrics name routes and job types, which
 * a deployment should choose to expose. Each process answers for itself (counters are per process);
 * the queue gauges are read from the database, so any process answers them for all.
 */
export const GET = route({ auth: "public", response: metricsTextResponse, responseTypes: ["text/plain"] }, async ({ req }) => {
  const token = keys().METRICS_TOKEN;
  if (!token) throw errors.notFound("Metrics endpoint");
  if (!hasBearerSecret(req, token)) throw errors.unauthorized("Send Authorization: Bearer <METRICS_TOKEN>.");
  const { text, contentType } = await renderMetrics();
  return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
