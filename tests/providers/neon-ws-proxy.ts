/**
 * A WebSocket-to-TCP proxy that speaks the protocol of Neon's wsproxy (which is Go, not on npm):
 * the Neon driver opens `ws://<proxy>/<path>?address=<db host>:<db port>` and sends the Postgres
 * wire protocol in binary frames; the proxy opens a TCP socket to that address and pipes bytes
 * both ways. With it the tests run the Neon driver against the local Postgres, offline.
 *
 * Test code, but still not an open relay: it connects only to loopback addresses, after `resolve`
 * has mapped the requested host (a `*.neon.tech` name the driver insists on) to a local one.
 *
 * Standalone, for trying `npm run db:migrate` / `db:seed` / `start` through it:
 *   npx tsx tests/providers/neon-ws-proxy.ts 127.0.0.1:5488/v1
 */
import { createServer, type IncomingMessage } from "node:http";
import { connect, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { WebSocketServer, type WebSocket } from "ws";
import { isLoopbackHost } from "@/db/local-database";

export type TcpTarget = { host: string; port: number };

export type NeonWsProxyOptions = {
  /** Where to listen, in NEON_WS_PROXY's form `host:port/path` (e.g. `127.0.0.1:5488/v1`; port 0 picks one). */
  listen: string;
  /**
   * Maps the address the driver asks for to the TCP target, which must be on loopback.
   * @default neonHostsToLoopback
   */
  resolve?: (host: string, port: number) => TcpTarget;
};

export type NeonWsProxy = {
  /** The value for NEON_WS_PROXY: `host:port/path`, with the port actually bound. */
  address: string;
  /** Closes the listener and every tunnel, both sides. */
  close: () => Promise<void>;
};

/** A `*.neon.tech` host becomes 127.0.0.1 on the same port; any other host is left as it is. */
export function neonHostsToLoopback(host: string, port: number): TcpTarget {
  return { host: host.endsWith(".neon.tech") ? "127.0.0.1" : host, port };
}

export async function startNeonWsProxy({ listen, resolve = neonHostsToLoopback }: NeonWsProxyOptions): Promise<NeonWsProxy> {
  const where = new URL(`ws://${listen}`);
  const path = where.pathname;
  const tunnels = new Set<{ ws: WebSocket; tcp: Socket }>();
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((_req, res) => res.writeHead(426).end("WebSocket only\n"));

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = targetOf(req, path, resolve);
    if (typeof target === "string") {
      socket.end(`HTTP/1.1 ${target}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => tunnels.add(pipe(ws, target, tunnels)));
  });

  const port = where.port ? Number(where.port) : 80;
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, where.hostname.replace(/^\[|\]$/g, ""), done);
  });
  const bound = server.address();
  const boundPort = typeof bound === "object" && bound ? bound.port : port;

  return {
    address: `${where.hostname}:${boundPort}${path}`,
    close: async () => {
      for (const { ws, tcp } of tunnels) {
        ws.terminate();
        tcp.destroy();
      }
      wss.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The loopback target a request asks for, or the HTTP status line refusing it. */
function targetOf(req: IncomingMessage, path: string, resolve: (host: string, port: number) => TcpTarget): TcpTarget | string {
  const url = new URL(req.url ?? "/", "ws://proxy");
  if (url.pathname !== path) return "404 Not Found";
  const address = url.searchParams.get("address") ?? "";
  const colon = address.lastIndexOf(":");
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65_535) return "400 Bad Request";
  const target = resolve(address.slice(0, colon), port);
  return isLoopbackHost(target.host) ? target : "403 Forbidden";
}

/** Joins a WebSocket to a new TCP connection; when either side ends, the other is closed too. */
function pipe(ws: WebSocket, target: TcpTarget, tunnels: Set<{ ws: WebSocket; tcp: Socket }>) {
  // net.Socket queues writes made while it is still connecting, so no message is lost meanwhile.
  const tcp = connect({ host: target.host.replace(/^\[|\]$/g, ""), port: target.port });
  const tunnel = { ws, tcp };
  tcp.setNoDelay(true);
  ws.binaryType = "nodebuffer";
  ws.on("message", (data: Buffer) => tcp.write(data));
  tcp.on("data", (chunk) => ws.send(chunk, { binary: true }));
  const closeBoth = () => {
    tunnels.delete(tunnel);
    tcp.destroy();
    if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close();
  };
  tcp.on("close", closeBoth);
  tcp.on("error", closeBoth);
  ws.on("close", closeBoth);
  ws.on("error", closeBoth);
  return tunnel;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const proxy = await startNeonWsProxy({ listen: process.argv[2] ?? "127.0.0.1:5488/v1" });
  console.log(`Neon WebSocket proxy on ws://${proxy.address} → *.neon.tech as 127.0.0.1. Use NEON_WS_PROXY=${proxy.address}`);
}
