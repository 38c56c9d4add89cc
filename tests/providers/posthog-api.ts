import { gunzipSync } from "node:zlib";
import { listen, type StandIn } from "./stand-in";

/** One message PostHog's ingest API received (a capture, an identify or a group identify). */
export type PostHogMessage = {
  event: string;
  distinct_id: string;
  uuid?: string;
  timestamp?: string;
  properties?: Record<string, unknown>;
  $set?: Record<string, unknown>;
};

/**
 * PostHog's ingest API as posthog-node and posthog-js call it: `POST /batch/` with
 * `{api_key, batch: [...]}`, and `POST /e/` or `/i/v0/e/` with one event or a list, each possibly
 * gzip-compressed (`Content-Encoding: gzip`, as posthog-node sends by default). A wrong
 * `api_key` gets 401, as PostHog answers. `failNext` makes the next requests answer 503.
 * Keeps every message, the request headers, and answers `{status: 1}`.
 */
export async function startPostHogStandIn(apiKey: string): Promise<StandIn & { messages: PostHogMessage[]; requests: { path: string; headers: Record<string, unknown> }[]; failNext: (n: number) => void }> {
  const messages: PostHogMessage[] = [];
  const requests: { path: string; headers: Record<string, unknown> }[] = [];
  let failing = 0;
  const server = await listen((request) => {
    requests.push({ path: request.url.pathname, headers: { ...request.headers } });
    if (request.method !== "POST" || !["/batch/", "/e/", "/i/v0/e/", "/capture/"].includes(request.url.pathname)) return { status: 404, body: { detail: "not found" } };
    if (failing > 0) {
      failing--;
      return { status: 503, body: { detail: "unavailable" } };
    }
    const raw = request.headers["content-encoding"] === "gzip" ? gunzipSync(request.bytes).toString("utf8") : request.text;
    const body = JSON.parse(raw) as { api_key?: string; batch?: PostHogMessage[] } & PostHogMessage;
    const key = body.api_key ?? (body as { token?: string }).token;
    if (key !== apiKey) return { status: 401, body: { detail: "invalid api key" } };
    messages.push(...(body.batch ?? [body]));
    return { status: 200, body: { status: 1 } };
  });
  return { ...server, messages, requests, failNext: (n) => void (failing = n) };
}
