import http from "node:http";
import type { AddressInfo } from "node:net";
import { pool, summarize, type Summary } from "./stats";

/**
 * A loopback load test: a node:http server on 127.0.0.1:0 whose handler turns the request into a
 * Fetch `Request` and hands it to `handle`, and a keep-alive client (node:http Agent, `concurrency`
 * sockets) that sends `total` POSTs with `concurrency` in flight. Client and server share this
 * process (and its CPU), so both implementations pay the same client overhead.
 */
export type LoadResult = Summary & { perSecond: number; statuses: Record<number, number> };

export async function loadOverHttp(opts: {
  total: number;
  concurrency: number;
  /** The Authorization header of request `i`. */
  authorization: (i: number) => string;
  handle: (req: Request) => Promise<{ status: number; body: unknown }>;
}): Promise<LoadResult> {
  const server = http.createServer((incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const req = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, { method: incoming.method, headers });
    incoming.resume();
    opts.handle(req).then(
      ({ status, body }) => outgoing.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body)),
      (error: unknown) => outgoing.writeHead(500).end(String(error)),
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });

  const send = (i: number) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/verify", method: "POST", agent, headers: { authorization: opts.authorization(i), "content-length": 0 } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end();
    });

  const samples: number[] = new Array(opts.total);
  const statuses: Record<number, number> = {};
  try {
    await pool(Math.min(opts.concurrency * 2, opts.total), opts.concurrency, send); // open the sockets
    const started = performance.now();
    await pool(opts.total, opts.concurrency, async (i) => {
      const t = performance.now();
      const status = await send(i);
      samples[i] = performance.now() - t;
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    const seconds = (performance.now() - started) / 1000;
    return { ...summarize(samples), perSecond: opts.total / seconds, statuses };
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
