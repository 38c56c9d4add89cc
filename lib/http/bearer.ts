import { timingSafeEqual } from "node:crypto";

/**
 * Whether the request carries `Authorization: Bearer <secret>`, compared in constant time. An
 * unset secret matches nothing. For machine callers with a shared secret (a cron scheduler, a
 * health monitor).
 */
export function hasBearerSecret(req: Request, secret: string | undefined): boolean {
  // The scheme is required: a bare secret (or `Basic …`) in the header is not a bearer token.
  const given = /^Bearer\s+(.+)$/i.exec(req.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}
