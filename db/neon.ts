import { Pool, neonConfig } from "@neondatabase/serverless";
import ws from "ws";
import { env } from "@/lib/env";

/**
 * A Neon `Pool`: WebSockets to Neon's endpoint, or through the proxy NEON_WS_PROXY names. The
 * Pool, not Neon's HTTP `neon()` function, because the app needs interactive transactions (a read
 * whose answer decides the next write, inside one transaction), which HTTP queries cannot hold.
 */
export function neonPool(connectionString: string): Pool {
  // Node 20 has no global WebSocket; the Pool needs one.
  neonConfig.webSocketConstructor ??= ws;
  if (env.NEON_WS_PROXY) connectThroughProxy(env.NEON_WS_PROXY);
  return new Pool({ connectionString });
}

function connectThroughProxy(proxy: string): void {
  neonConfig.wsProxy = (host, port) => `${proxy}?address=${host}:${port}`;
  // A proxy such as tests/providers/neon-ws-proxy.ts speaks plain ws:// and hands the bytes to an
  // ordinary Postgres, which does not take Neon's shortcuts (both failures seen against PG 15):
  // - no pipelining: the driver would send a cleartext password before the server asks for one,
  //   and a trust- or SCRAM-auth server answers "invalid frontend message type 112";
  // - no TLS inside the socket: with `?sslmode=require` (as Neon's URLs carry) and
  //   forceDisablePgSSL off, the driver asks for Postgres SSL and a local server without it answers
  //   "The server does not support SSL connections". forceDisablePgSSL and pipelineTLS are
  //   Neon's defaults already; they are stated so a change of defaults cannot break the tunnel.
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineConnect = false;
  neonConfig.forceDisablePgSSL = true;
  neonConfig.pipelineTLS = false;
}
