import { and, count, eq } from "drizzle-orm";
import { getSessionFromCtx, isAPIError } from "better-auth/api";
import { db } from "@/db/client";
import { passkeys, sessions, users } from "@/db/schema/auth";
import { coreError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { logger } from "@/lib/observability";

/** Endpoints whose success proves a second factor on the session they leave behind. */
export const secondFactorProofPaths = new Set([
  "/two-factor/verify-totp",
  "/two-factor/verify-backup-code",
  "/passkey/verify-authentication",
]);

/**
 * Better Auth's endpoints that decrypt the stored TOTP secret or backup codes (with the key
 * BETTER_AUTH_SECRET, or the versions in BETTER_AUTH_SECRETS). Full request paths.
 */
const secondFactorDecryptPaths = new Set(["/api/auth/two-factor/verify-totp", "/api/auth/two-factor/verify-backup-code", "/api/auth/two-factor/get-totp-uri"]);

/**
 * A 500 from an endpoint that decrypts the second factor, answered as a 409 in the envelope. Its
 * one known cause is a secret encrypted under a key the server no longer has: BETTER_AUTH_SECRET
 * was replaced without BETTER_AUTH_SECRETS keeping the old one (content/docs/security.mdx). The
 * user can do nothing about that but wait; the log tells the operator how to fix it. Any other
 * answer passes through unchanged.
 */
export function secondFactorUnreadable(path: string, response: Response, requestId: string): Response {
  if (response.status < 500 || !secondFactorDecryptPaths.has(path)) return response;
  logger.error("A stored second factor could not be decrypted: was BETTER_AUTH_SECRET replaced? Keep the old one readable with BETTER_AUTH_SECRETS=2:<new>,1:<old> (content/docs/security.mdx).", { path, requestId });
  return errorResponse(
    coreError("second_factor_unreadable", "Your second factor cannot be checked on this server right now. Nothing is wrong with your code or your account; the site's operator has been told. Try again later."),
    requestId,
  );
}

/** Endpoints after which the account may have no second factor left. */
export const secondFactorRemovalPaths = new Set(["/two-factor/disable", "/passkey/delete-passkey"]);

type HookContext = Parameters<typeof getSessionFromCtx>[0] & {
  context: { returned?: unknown; newSession?: { session: { id: string }; user: { id: string } } | null };
};

/** Whether the endpoint answered without an error (Better Auth hands after-hooks the APIError it threw). */
export function succeeded(returned: unknown): boolean {
  return returned !== undefined && returned !== null && !isAPIError(returned);
}

/**
 * Marks the session the request ends with as second-factor verified: the new one a sign-in
 * created, else the one it was made with (a step-up from a magic-link session).
 */
export async function markSecondFactor(ctx: HookContext): Promise<void> {
  if (!succeeded(ctx.context.returned)) return;
  const session = ctx.context.newSession ?? (await getSessionFromCtx(ctx));
  if (!session) return;
  await db.update(sessions).set({ secondFactorAt: new Date() }).where(eq(sessions.id, session.session.id));
}

/**
 * After a TOTP disable or a passkey removal: an account with no second factor left keeps no
 * second-factor session either (the mark was a proof of a factor the account no longer has).
 */
export async function forgetSecondFactorIfNoneLeft(ctx: HookContext): Promise<void> {
  if (!succeeded(ctx.context.returned)) return;
  const session = ctx.context.newSession ?? (await getSessionFromCtx(ctx));
  if (!session) return;
  const userId = session.user.id;
  if (await hasSecondFactor(userId)) return;
  await db.update(sessions).set({ secondFactorAt: null }).where(eq(sessions.userId, userId));
}

/** TOTP confirmed, or at least one passkey registered. */
export async function hasSecondFactor(userId: string): Promise<boolean> {
  const [user] = await db.select({ totp: users.twoFactorEnabled }).from(users).where(eq(users.id, userId));
  if (user?.totp) return true;
  const [row] = await db.select({ n: count() }).from(passkeys).where(and(eq(passkeys.userId, userId)));
  return (row?.n ?? 0) > 0;
}
