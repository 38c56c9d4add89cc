import { Counter, Histogram, Registry } from "prom-client";

/**
 * Keel's Prometheus metrics: one registry per process, kept on globalThis so a dev reload or a
 * second copy of this file (route bundles) adds to the same counters instead of a fresh set.
 * Label values are bounded by construction: route patterns (never raw paths), job names, limiter
 * namespaces and fixed outcome words.
 */
function build() {
  const registry = new Registry();
  const http = {
    requests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests answered by route(), by method, route pattern and status.",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time route() took to answer, by method, route pattern and status.",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
  const jobs = new Counter({
    name: "jobs_processed_total",
    help: "Job attempts this process finished, by job name and outcome (succeeded, retrying, dead, skipped).",
    labelNames: ["job", "outcome"] as const,
    registers: [registry],
  });
  const webhookDeliveries = new Counter({
    name: "webhook_deliveries_total",
    help: "Outgoing webhook delivery attempts, by outcome (delivered, failed, gave_up).",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const rateLimitDecisions = new Counter({
    name: "rate_limit_decisions_total",
    help: "Rate-limit checks, by limiter (the key's namespace) and decision (allowed, limited).",
    labelNames: ["limiter", "decision"] as const,
    registers: [registry],
  });
  const billingEvents = new Counter({
    name: "billing_events_processed_total",
    help: "Payment provider webhook events the billing inbox processed, by event type and outcome.",
    labelNames: ["type", "outcome"] as const,
    registers: [registry],
  });
  return { registry, http, jobs, webhookDeliveries, rateLimitDecisions, billingEvents };
}

export type Metrics = ReturnType<typeof build>;

const globalKey = Symbol.for("keel.metrics");
const holder = globalThis as unknown as Record<typeof globalKey, Metrics | undefined>;

/** The process's metrics (created on first use). */
export function metrics(): Metrics {
  holder[globalKey] ??= build();
  return holder[globalKey];
}
