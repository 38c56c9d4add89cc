import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { sessionTokenOf } from "./session-cookie";

/**
 * Whether the request's session cookie belongs to an impersonation session. For the proxy, which
 * refuses server actions to such sessions before any page code runs (route() and the Better Auth
 * route file guard their own writes). Kept apart from impersonation.ts so the proxy's bundle pulls
 * in one query, not the audit and tenant code. The signature is not checked: the answer can only
 * refuse a write, and only for a token that names an impersonation session.
 */
export async function isImpersonationCookie(cookies: { get(name: string): { value: string } | undefined }): Promise<boolean> {
  const token = sessionTokenOf(cookies);
  if (!token) return false;
  const [row] = await db.select({ by: sessions.impersonatedBy }).from(sessions).where(eq(sessions.token, token));
  return Boolean(row?.by);
}
