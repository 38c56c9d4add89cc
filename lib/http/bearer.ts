import { timingSafeEqual } from "node:crypto";

/**
 * Whether the request carries `Authorization: Bearer <secret>`, compared in constant time. An
 * unset secret matches nothing. For machine callers with a shared secret (a cron scheduler, a
 * health monitor).
 */
export function hasBearerSecret(req: Request, secret: string | undefined): boolean {
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}
