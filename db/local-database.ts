/**
 * Whether a database URL can only reach this machine: what tests and `db:reset` demand before they
 * write, so they can never touch production. A `*.neon.tech` URL counts as local only when
 * NEON_WS_PROXY sends the Neon driver to a proxy on loopback (which the tests point at the local
 * Postgres); without it the driver would reach Neon itself.
 */
export function nonLocalReason(url: string, neonWsProxy: string | undefined): string | undefined {
  if (url.startsWith("pglite:")) return undefined;
  const host = new URL(url).hostname;
  if (host.endsWith(".neon.tech")) {
    if (!neonWsProxy) return `${host} is a Neon host and NEON_WS_PROXY is unset, so the driver would reach Neon itself`;
    const proxyHost = new URL(`ws://${neonWsProxy}`).hostname;
    if (!isLoopbackHost(proxyHost)) return `${host} is reached through NEON_WS_PROXY=${neonWsProxy}, which is not on loopback`;
    return undefined;
  }
  return isLoopbackHost(host) ? undefined : `${host} is not a local database`;
}

/** 127.0.0.1, localhost or ::1 (as URL.hostname spells it, with or without brackets). */
export function isLoopbackHost(host: string): boolean {
  return ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host);
}
