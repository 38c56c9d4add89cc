/** What the app records as it runs; lib/metrics/scrape.ts renders it for Prometheus. */
import { metrics } from "./registry";

/**
 * The route pattern of a request, from its path and the params Next.js matched: each segment that
 * is a param's value becomes `[name]` (a catch-all's joined value becomes `[...name]`). Metrics are
 * labelled by pattern, never by raw path, so a label's values stay as few as the route files.
 */
export function routePattern(pathname: string, params: Readonly<Record<string, string>>): string {
  let segments = pathname.split("/").map((segment) => safeDecode(segment));
  for (const [name, value] of Object.entries(params)) {
    if (value === "") continue;
    const parts = value.split("/");
    // A catch-all's value is the path's tail: it becomes one `[...name]`.
    const at = segments.findIndex((_, index) => segments.slice(index, index + parts.length).join("/") === value);
    if (at < 0) continue;
    segments = [...segments.slice(0, at), parts.length > 1 ? `[...${name}]` : `[${name}]`, ...segments.slice(at + parts.length)];
  }
  return segments.join("/") || "/";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** One answered request (route() calls this for every request, errors included). */
export function recordHttpRequest(method: string, route: string, status: number, seconds: number): void {
  const labels = { method, route, status: String(status) };
  const { http } = metrics();
  http.requests.inc(labels);
  http.duration.observe(labels, seconds);
}

/** A job attempt this process finished. */
export function recordJob(job: string, outcome: string): void {
  metrics().jobs.inc({ job, outcome });
}

/** An outgoing webhook delivery attempt. */
export function recordWebhookDelivery(outcome: "delivered" | "failed" | "gave_up"): void {
  metrics().webhookDeliveries.inc({ outcome });
}

/** A rate-limit check; `key` is the limiter key, whose namespace (before the first `:`) labels it. */
export function recordRateLimit(key: string, allowed: boolean): void {
  metrics().rateLimitDecisions.inc({ limiter: key.split(":")[0] || "unknown", decision: allowed ? "allowed" : "limited" });
}

/** A payment provider event the billing inbox handled. */
export function recordBillingEvent(type: string, outcome: string): void {
  metrics().billingEvents.inc({ type, outcome });
}
