import { route } from "@/lib/app";
import { forwardToPostHog, ingestProxyResponse } from "@/lib/product-analytics/ingest-proxy";

/**
 * PostHog's ingest API under Keel's own origin (`/ingest/e/`, `/ingest/flags/`, `/ingest/static/…`),
 * for posthog-js in the portal. 404 without NEXT_PUBLIC_POSTHOG_KEY.
 */
const options = { auth: "public", response: ingestProxyResponse, responseTypes: ["application/json", "application/javascript"] } as const;
export const GET = route(options, ({ req, params }) => forwardToPostHog(req, params.path ?? ""));
export const POST = route(options, ({ req, params }) => forwardToPostHog(req, params.path ?? ""));
