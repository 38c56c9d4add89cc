import { clientIpFrom } from "@/lib/http/client-ip";

/** The header Better Auth reads the client address from (see createAuth's `advanced.ipAddress`). */
export const clientIpHeader = "x-keel-client-ip";

/**
 * The request as Better Auth should see it: any client-written `x-keel-client-ip` removed, and the
 * address TRUSTED_PROXY_HOPS picks from X-Forwarded-For put in its place. Better Auth's own
 * resolver trusts only a single-value X-Forwarded-For, which a client can write itself.
 */
export function withClientIp(req: Request): Request {
  const headers = new Headers(req.headers);
  headers.delete(clientIpHeader);
  const ip = clientIpFrom(headers);
  if (ip) headers.set(clientIpHeader, ip);
  return new Request(req, { headers });
}
