import { env } from "@/lib/env";

/**
 * The client's address, as the proxies in front of us saw it.
 *
 * `X-Forwarded-For` is a list each proxy appends to: `client, proxy1, proxy2`. Only the entries
 * our own proxies appended can be trusted; anything to their left the client may have written.
 * So the client is the entry TRUSTED_PROXY_HOPS places from the right (default 1: the one proxy in
 * front, as on Vercel or behind nginx). The leftmost entry, which every tutorial reads, is the one
 * an attacker picks.
 *
 * With no proxy in front, `next start` passes a client-written header through unchanged, so no
 * header tells the truth: set TRUSTED_PROXY_HOPS=0 and every caller shares one address bucket
 * (per-account limits still hold). See content/docs/security.mdx.
 */
export function clientIpFrom(headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string | null {
  if (hops <= 0) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return headers.get("x-real-ip")?.trim() || null;
  // A chain shorter than the hops we trust was written by our own proxies from its first entry.
  return chain[Math.max(0, chain.length - hops)] ?? null;
}

export function clientIp(req: Request): string | null {
  return clientIpFrom(req.headers);
}
