import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { z } from "zod";

/** One request as a stand-in sees it. */
export type StandInRequest = {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text (empty for none). */
  text: string;
  /** The body's bytes, for bodies that are not text (gzip). */
  bytes: Buffer;
};

/**
 * What a handler answers: a status with a JSON body (none for `undefined`), or `hang-up`: the
 * connection is dropped with no answer, as when a response is lost after the provider acted.
 */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "hang-up";

export type StandIn = {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
};

/**
 * A provider stand-in: an HTTP server on a free loopback port (port 0), answering with `handle`.
 * A handler that throws answers 500 with the error's message, so a bug in a stand-in shows up
 * as a failing test, never as a hang.
 */
export async function listen(handle: (request: StandInRequest) => Promise<Reply> | Reply): Promise<StandIn> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const request = { method: req.method ?? "GET", url: new URL(req.url ?? "/", "http://stand-in"), headers: req.headers, text: bytes.toString("utf8"), bytes };
      Promise.resolve()
        .then(() => handle(request))
        .catch((error: unknown): Reply => ({ status: 500, body: { standInError: error instanceof Error ? error.message : String(error) } }))
        .then((reply) => {
          if (reply === "hang-up") {
            req.socket.destroy();
            return;
          }
          const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
          res.writeHead(reply.status, { ...(body ? { "content-type": "application/json" } : {}), ...reply.headers });
          res.end(body);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets from the SDKs' fetch would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** JSON.parse that reports failure instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A zod failure as one line naming each field: `to: Invalid input; unknown key "foo"`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join(".") || "(body)";
      return issue.code === "unrecognized_keys" ? `${path}: unknown ${issue.keys.map((key) => `\`${key}\``).join(", ")}` : `${path}: ${issue.message}`;
    })
    .join("; ");
}

/** The bearer token of an `Authorization` header, or null. */
export function bearer(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer (.+)$/.exec(headers.authorization ?? "");
  return match?.[1] ?? null;
}

/** A header's single value (Node joins repeats; a provider reads one). */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
