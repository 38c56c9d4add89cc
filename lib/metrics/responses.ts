import { z } from "zod";

export const metricsTextResponse = z
  .string()
  .describe("text/plain; version=0.0.4: Prometheus exposition format (http_requests_total, http_request_duration_seconds, jobs_ready, jobs_lag_seconds, jobs_processed_total, webhook_deliveries_total, rate_limit_decisions_total, billing_events_processed_total, db_pool_connections).");
