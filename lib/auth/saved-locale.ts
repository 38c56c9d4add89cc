import { and, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema/auth";
import { sessionTokenOf } from "./session-cookie";

/**
 * The language the signed-in user saved (`users.locale`), read straight from the session cookie's
 * token: one indexed query, for the next-intl request config (lib/app/i18n-request.ts). It does
 * not build the Better Auth instance, which needs every module's access rules and hooks; through
 * them the public site's bundle would carry the portal's code. The signature is not checked: the
 * answer only picks a language, for whoever holds the token.
 */
export async function savedLocale(cookies: { get(name: string): { value: string } | undefined }): Promise<string | null> {
  const token = sessionTokenOf(cookies);
  if (!token) return null;
  const [row] = await db
    .select({ locale: users.locale })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, token), gt(sessions.expiresAt, new Date())));
  return row?.locale ?? null;
}
