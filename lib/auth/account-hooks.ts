import { eq } from "drizzle-orm";
import { APIError, getSessionFromCtx, isAPIError } from "better-auth/api";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { recordAudit } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { appUrl } from "./config";
import { accountLockedEmail, emailChangeNotice } from "./emails";
import { lockState, recordFailure, type LockSubject } from "./lockout";
import { forgetSecondFactorIfNoneLeft, markSecondFactor, secondFactorProofPaths, secondFactorRemovalPaths, succeeded } from "./second-factor";

/** What Keel's before/after hooks read of Better Auth's middleware context. */
export type HookContext = Parameters<typeof getSessionFromCtx>[0] & {
  path: string;
  body?: unknown;
  context: { returned?: unknown; newSession?: { session: { id: string }; user: { id: string } } | null; session?: { user: { id: string; email: string; name: string } } | null };
};

const secondFactorCodePaths = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code"]);

function bodyEmail(ctx: HookContext): string | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length > 0 ? email.trim().toLowerCase() : null;
}

/** The signed-in user typing a step-up code; null during a sign-in challenge (Better Auth counts those). */
async function stepUpUser(ctx: HookContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx);
  return session?.user.id ?? null;
}

function lockedError(retryAfterSeconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code: "ACCOUNT_LOCKED", message: `Too many failed attempts for this account. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.` },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

async function refuseIfLocked(subject: LockSubject): Promise<void> {
  const state = await lockState(subject);
  if (state.locked) throw lockedError(state.retryAfterSeconds);
}

/** Before an endpoint runs: refuse locked accounts, whatever the password or code. */
export async function beforeAccountHooks(ctx: HookContext): Promise<void> {
  if (ctx.path === "/sign-in/email") {
    const email = bodyEmail(ctx);
    if (email) await refuseIfLocked({ kind: "password", email });
  } else if (secondFactorCodePaths.has(ctx.path)) {
    const userId = await stepUpUser(ctx);
    if (userId) await refuseIfLocked({ kind: "second-factor", userId });
  }
}

/** After an endpoint ran: count failures, mark second factors, send notices. */
export async function afterAccountHooks(ctx: HookContext): Promise<void> {
  const returned = ctx.context.returned;
  const failedAuth = isAPIError(returned) && returned.statusCode === 401;
  if (ctx.path === "/sign-in/email" && failedAuth) {
    const email = bodyEmail(ctx);
    if (email && (await recordFailure({ kind: "password", email })).lockedNow) await noticeLockout(email);
  }
  if (secondFactorCodePaths.has(ctx.path) && failedAuth) {
    const userId = await stepUpUser(ctx);
    if (userId) await recordFailure({ kind: "second-factor", userId });
  }
  if (secondFactorProofPaths.has(ctx.path)) await markSecondFactor(ctx);
  if (secondFactorRemovalPaths.has(ctx.path)) await forgetSecondFactorIfNoneLeft(ctx);
  if (ctx.path === "/change-email" && succeeded(returned)) await noticeEmailChange(ctx);
}

/** One notice per lockout, to the account's own address (none for unknown addresses). */
async function noticeLockout(email: string): Promise<void> {
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
  if (!user) return;
  await recordAudit(db, { action: "auth.account_locked", actorId: user.id, targetType: "user", targetId: user.id });
  await sendEmail(db, {
    to: email,
    template: accountLockedEmail,
    props: { name: user.name, minutes: env.AUTH_LOCKOUT_WINDOW_MINUTES, url: `${appUrl}/forgot-password` },
  });
}

/** Tells the current address that a move to another one was asked for (the new one gets the link). */
async function noticeEmailChange(ctx: HookContext): Promise<void> {
  const user = ctx.context.session?.user;
  const newEmail = (ctx.body as { newEmail?: unknown } | undefined)?.newEmail;
  if (!user || typeof newEmail !== "string") return;
  await sendEmail(db, { to: user.email, template: emailChangeNotice, props: { name: user.name, newEmail: newEmail.toLowerCase(), url: `${appUrl}/dashboard/settings` } });
}
