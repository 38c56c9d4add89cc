import { z } from "zod";
import { coreError, errors } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { productAnalyticsKeys } from "./keys";

/** Documentation only: the handler returns PostHog's own Response, which route() passes through unchecked. */
export const ingestProxyResponse = z.unknown().describe("PostHog's answer, passed through: JSON from its ingest API, JavaScript from its assets host.");

/** Headers passed on: what PostHog needs to read the body and place the visitor. Never cookies or authorization. */
const passed = ["content-type", "content-encoding", "user-agent", "accept"];
const maxBodyBytes = 1024 * 1024;
/** posthog-js sends in the background and retries; a request held longer only ties up the server. */
const upstreamTimeoutMs = 10_000;

/**
 * Forwards one posthog-js request to PostHog: `static/…` to its assets host, the rest to its
 * ingest host. Only the listed headers go along (the session cookie stays here) plus the client's
 * address, as PostHog's own reverse-proxy guide has it, so its GeoIP places the person rather than
 * the server. Keel's /ingest is a fixed relay to one host: no URL from the request picks where it goes.
 */
export async function forwardToPostHog(req: Request, path: string): Promise<Response> {
  const { NEXT_PUBLIC_POSTHOG_KEY: key, NEXT_PUBLIC_POSTHOG_HOST: host } = productAnalyticsKeys();
  if (!key || path.replace(/\/+$/, "") === "") throw errors.notFound("PostHog proxy");
  const upstream = new URL(host);
  if (path.startsWith("static/")) upstream.hostname = upstream.hostname.replace(/^(\w+)\.i\.posthog\.com$/, "$1-assets.i.posthog.com");
  // Next redirects `/ingest/e/` to `/ingest/e` (no trailing slashes) before this route runs, and
  // PostHog's API paths end in one (`/e/`, `/flags/`, `/batch/`): put it back, except on files.
  const file = path.startsWith("static/") || /\.[a-z0-9]+$/i.test(path);
  upstream.pathname = `/${path.replace(/\/+$/, "")}${file ? "" : "/"}`;
  upstream.search = new URL(req.url).search;

  const headers = new Headers();
  for (const name of passed) {
    const value = req.headers.get(name);
    if (value) headers.set(name, value);
  }
  const ip = clientIp(req);
  if (ip) headers.set("x-forwarded-for", ip);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
  if (body && body.byteLength > maxBodyBytes) throw coreError("payload_too_large", "The body is over 1 MB.");
  const answer = await fetch(upstream, { method: req.method, headers, body, redirect: "manual", signal: AbortSignal.timeout(upstreamTimeoutMs) }).catch(() => {
    // PostHog down, unreachable or slow: the visitor's tracker gets a 503 in the envelope and
    // retries later, never a 500 (which would also page the operator for someone else's outage).
    throw errors.unavailable("The analytics service could not be reached. Try again later.");
  });
  const out = new Headers();
  // fetch has already decoded a compressed answer, so its content-encoding does not go along.
  for (const name of ["content-type", "cache-control"]) {
    const value = answer.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers: out });
}
