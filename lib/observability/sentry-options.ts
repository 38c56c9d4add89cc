import type { ErrorEvent } from "@sentry/nextjs";
import { scrubText } from "./scrub";

/** Headers that carry who the caller is; never sent to Sentry. */
const privateHeaders = new Set(["cookie", "authorization", "x-api-key", "proxy-authorization", "set-cookie", "x-forwarded-for", "x-real-ip", "x-keel-client-ip"]);

/**
 * The options every Sentry runtime (Node.js, edge, browser) starts with: no default PII (no IP
 * addresses, cookies or request bodies), no tracing (OpenTelemetry does that, see the metrics
 * module), and `scrubEvent` as the last word on what leaves.
 */
export function sentryOptions(dsn: string) {
  return {
    dsn,
    environment: process.env.SENTRY_ENVIRONMENT || process.env.NODE_ENV,
    sendDefaultPii: false,
    tracesSampleRate: 0,
    beforeSend: scrubEvent,
  };
}

/**
 * Takes personal data out of an event before it is sent: private headers, cookies, the request
 * body and query string, the user's email, IP and name (the id stays: it is how Keel's own data
 * finds them), and emails, tokens and secrets in messages, exception values and breadcrumbs.
 */
export function scrubEvent(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    const headers = Object.fromEntries(Object.entries(event.request.headers ?? {}).filter(([name]) => !privateHeaders.has(name.toLowerCase())));
    event.request = { ...event.request, headers, cookies: undefined, data: undefined, query_string: undefined, url: event.request.url?.split("?")[0] };
  }
  if (event.user) event.user = event.user.id === undefined ? undefined : { id: event.user.id };
  if (event.message) event.message = scrubText(event.message);
  for (const exception of event.exception?.values ?? []) if (exception.value) exception.value = scrubText(exception.value);
  for (const crumb of event.breadcrumbs ?? []) if (crumb.message) crumb.message = scrubText(crumb.message);
  return event;
}
