import { listen, type StandIn } from "./stand-in";

/** One event Sentry's envelope endpoint received: the envelope's item of type `event`. */
export type SentryEvent = {
  event_id: string;
  level?: string;
  tags?: Record<string, string>;
  user?: Record<string, unknown>;
  contexts?: Record<string, Record<string, unknown>>;
  request?: { headers?: Record<string, string>; url?: string; cookies?: unknown };
  exception?: { values?: { type?: string; value?: string }[] };
};

/**
 * Sentry's ingest endpoint as the SDKs call it: `POST /api/<project>/envelope/` with a
 * newline-delimited envelope (a header line, then an item header and its payload per item),
 * authenticated by the DSN's public key in `X-Sentry-Auth` or the `sentry_key` query. Answers 200
 * as Sentry does and keeps every error event it received, and the raw bodies.
 */
export async function startSentryStandIn(): Promise<StandIn & { dsn: string; events: SentryEvent[]; bodies: string[] }> {
  const events: SentryEvent[] = [];
  const bodies: string[] = [];
  const publicKey = "keelstandinpublickey";
  const server = await listen((request) => {
    if (request.method !== "POST" || !/^\/api\/\d+\/envelope\/$/.test(request.url.pathname)) return { status: 404, body: { detail: "not found" } };
    const auth = `${request.headers["x-sentry-auth"] ?? ""} ${request.url.searchParams.get("sentry_key") ?? ""}`;
    if (!auth.includes(publicKey)) return { status: 401, body: { detail: "missing authorization" } };
    bodies.push(request.text);
    const lines = request.text.split("\n").filter((line) => line.trim() !== "");
    for (let index = 1; index + 1 < lines.length; index += 2) {
      const item = JSON.parse(lines[index]!) as { type?: string };
      if (item.type === "event") events.push(JSON.parse(lines[index + 1]!) as SentryEvent);
    }
    return { status: 200, body: { id: (JSON.parse(lines[0] ?? "{}") as { event_id?: string }).event_id ?? null } };
  });
  const { host } = new URL(server.url);
  return { ...server, dsn: `http://${publicKey}@${host}/1`, events, bodies };
}
