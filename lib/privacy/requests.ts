import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, lt, ne, or } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, sessions, users } from "@/db/schema/auth";
import { privacyRequests } from "@/db/schema/privacy";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/auth/config";
import { verifyPassword } from "@/lib/auth/password";
import { sendEmail } from "@/lib/email";
import { page, type PageParams } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";
import { enqueue } from "@/lib/jobs";
import { signedDownloadUrl } from "@/lib/storage";
import type { UserContext } from "@/lib/tenants";
import { privacyError, privacyIds } from "./catalog";
import { deletionScheduledEmail } from "./emails";
import { exportJob } from "./export";
import { privacyKeys } from "./keys";
import { tenantsBlockingDeletion } from "./owners";
import { purgeJob } from "./purge";

const day = 86_400_000;
/** How recent a sign-in must be to confirm a deletion on an account with no password. */
const recentSignInMs = 5 * 60_000;
/** An export not finished by then is dead (its job gave up), not slow: a real one takes seconds to minutes. */
const stuckAfterMs = 60 * 60_000;

const isUniqueViolation = (error: unknown) => (error as { code?: string; cause?: { code?: string } }).code === "23505" || (error as { cause?: { code?: string } }).cause?.code === "23505";

/** Asks for an export of everything Keel holds about the caller; a job builds it (lib/privacy/export.ts). */
export async function requestExport(user: UserContext, now = new Date()) {
  const [recent] = await db
    .select({ createdAt: privacyRequests.createdAt, status: privacyRequests.status })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.userId, user.userId), eq(privacyRequests.type, "export"), ne(privacyRequests.status, "failed"), gt(privacyRequests.createdAt, new Date(now.getTime() - day))))
    .orderBy(desc(privacyRequests.createdAt))
    .limit(1);
  const building = recent?.status === "pending" || recent?.status === "running";
  // An export still building after an hour died with its job (retries exhausted): give it up, so
  // it does not block the person's right to a copy.
  if (building && now.getTime() - recent!.createdAt.getTime() > stuckAfterMs) {
    await db
      .update(privacyRequests)
      .set({ status: "failed", error: "The export job did not finish." })
      .where(and(eq(privacyRequests.userId, user.userId), eq(privacyRequests.type, "export"), inArray(privacyRequests.status, ["pending", "running"])));
    return requestExport(user, now);
  }
  if (building) throw privacyError("export_in_progress", "Your export is being prepared: we email you when it is ready.");
  if (recent) {
    const retryAfter = Math.ceil((recent.createdAt.getTime() + day - now.getTime()) / 1000);
    throw privacyError("export_limit", "You can ask for one export a day. Your last one is in the list below.", { headers: { "Retry-After": String(retryAfter) } });
  }
  const id = privacyIds.newId("privacyRequest");
  try {
    await db.transaction(async (tx) => {
      await tx.insert(privacyRequests).values({ id, type: "export", userId: user.userId, status: "pending" });
      await enqueue(tx, exportJob, { requestId: id });
      await recordAudit(tx, { action: "privacy.export_requested", actorId: user.userId, targetType: "privacy_request", targetId: id, ipAddress: user.ipAddress, userAgent: user.userAgent });
    });
  } catch (error) {
    // Two requests at once: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw privacyError("export_in_progress", "Your export is being prepared: we email you when it is ready.");
    throw error;
  }
  return { id, type: "export" as const, status: "pending" as const };
}

/** The caller's requests, newest first, with a download link for each finished export still kept. */
export async function listRequests(user: UserContext, params: PageParams, now = new Date()) {
  const rows = await db
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.userId, user.userId), params.cursor ? lt(privacyRequests.id, params.cursor) : undefined))
    .orderBy(desc(privacyRequests.id))
    .limit(params.limit + 1);
  const { data, nextCursor } = page(rows, params.limit);
  return {
    data: await Promise.all(data.map((row) => describe(row, now))),
    nextCursor,
  };
}

async function describe(row: typeof privacyRequests.$inferSelect, now: Date) {
  const expired = row.status === "completed" && row.expiresAt !== null && row.expiresAt <= now;
  const status = expired ? "expired" : row.status;
  const downloadUrl =
    status === "completed" && row.fileKey && row.expiresAt
      ? await signedDownloadUrl(row.fileKey, { expiresInSeconds: Math.max(1, Math.floor((row.expiresAt.getTime() - now.getTime()) / 1000)), filename: `keel-export-${row.createdAt.toISOString().slice(0, 10)}.zip` })
      : undefined;
  return {
    id: row.id,
    type: row.type,
    status,
    progress: row.progress,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    scheduledFor: row.scheduledFor,
    ...(downloadUrl ? { downloadUrl } : {}),
  };
}

/** Checks the caller is who they say: their password, or for accounts without one a sign-in in the last 5 minutes. */
async function confirmIdentity(user: UserContext, password: string | undefined, now: Date): Promise<void> {
  const [credential] = await db
    .select({ hash: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, user.userId), eq(accounts.providerId, "credential")));
  if (credential?.hash) {
    if (!password || !(await verifyPassword({ hash: credential.hash, password }))) {
      throw privacyError("reauthentication_required", "Enter your current password to delete your account.");
    }
    return;
  }
  const [session] = user.sessionId ? await db.select({ createdAt: sessions.createdAt }).from(sessions).where(eq(sessions.id, user.sessionId)) : [];
  if (!session || now.getTime() - session.createdAt.getTime() > recentSignInMs) {
    throw privacyError("reauthentication_required", "Sign in again (within the last 5 minutes) to delete your account.");
  }
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Schedules the caller's account for deletion after the grace period: every session ends now and
 * sign-in is refused until the purge (or a cancel from the emailed link).
 */
export async function requestDeletion(user: UserContext, input: { password?: string }, now = new Date()) {
  await confirmIdentity(user, input.password, now);
  const blocking = await tenantsBlockingDeletion(user.userId);
  if (blocking.length > 0) {
    throw privacyError("transfer_ownership_first", `Transfer ownership first: you are the only owner of ${blocking.map((t) => `"${t.name}"`).join(", ")}, which others still belong to.`);
  }
  const graceDays = privacyKeys().PRIVACY_DELETION_GRACE_DAYS;
  const scheduledFor = new Date(now.getTime() + graceDays * day);
  const id = privacyIds.newId("privacyRequest");
  const token = randomBytes(32).toString("base64url");
  try {
    await db.transaction(async (tx) => {
      await tx.insert(privacyRequests).values({ id, type: "deletion", userId: user.userId, status: "scheduled", scheduledFor, cancelTokenHash: hashToken(token) });
      await tx.delete(sessions).where(eq(sessions.userId, user.userId));
      await enqueue(tx, purgeJob, { requestId: id }, { runAt: scheduledFor, idempotencyKey: `privacy:purge:${id}` });
      await recordAudit(tx, { action: "privacy.deletion_requested", actorId: user.userId, targetType: "user", targetId: user.userId, data: { requestId: id, scheduledFor: scheduledFor.toISOString() }, ipAddress: user.ipAddress, userAgent: user.userAgent });
      await sendEmail(tx, { to: user.email, template: deletionScheduledEmail, props: { cancelUrl: `${appUrl}/cancel-deletion?token=${token}`, date: scheduledFor.toISOString() } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw privacyError("deletion_already_scheduled", "Your account is already scheduled for deletion: the email we sent has a link to cancel it.");
    throw error;
  }
  return { id, type: "deletion" as const, status: "scheduled" as const, scheduledFor };
}

/**
 * Deactivates the caller's account, the reversible alternative to deletion: every session ends and
 * nothing is erased; signing in again reactivates it (the sign-in gate closes the request).
 */
export async function deactivate(user: UserContext, input: { password?: string }, now = new Date()) {
  await confirmIdentity(user, input.password, now);
  const id = privacyIds.newId("privacyRequest");
  await db.transaction(async (tx) => {
    await tx.insert(privacyRequests).values({ id, type: "deactivation", userId: user.userId, status: "completed", completedAt: now });
    await tx.delete(sessions).where(eq(sessions.userId, user.userId));
    await recordAudit(tx, { action: "privacy.deactivated", actorId: user.userId, targetType: "user", targetId: user.userId, ipAddress: user.ipAddress, userAgent: user.userAgent });
  });
  return { id, type: "deactivation" as const, status: "completed" as const };
}

/** The cancel link's work: the deletion stops and sign-in works again. */
export async function cancelDeletion(token: string): Promise<void> {
  const canceled = await db
    .update(privacyRequests)
    .set({ status: "canceled", cancelTokenHash: null, completedAt: new Date() })
    .where(and(eq(privacyRequests.cancelTokenHash, hashToken(token)), inArray(privacyRequests.type, ["deletion", "tenant_deletion"]), inArray(privacyRequests.status, ["scheduled", "held"])))
    .returning({ id: privacyRequests.id, userId: privacyRequests.userId });
  const row = canceled[0];
  if (!row) throw privacyError("invalid_cancel_token", "This link does not cancel a scheduled deletion: it was used already, or the account is gone.");
  await recordAudit(db, { action: "privacy.deletion_canceled", actorId: row.userId, targetType: "privacy_request", targetId: row.id });
}

/** A sign-in during the grace period sends a fresh cancel link at most this often per account. */
const cancelLinkResend = { limit: 1, windowSeconds: 10 * 60 };

/**
 * The sign-in gate (`beforeSignIn`, which runs once the credentials are proven): an account
 * scheduled for deletion gets no session, and is offered the way back: a fresh cancel link by
 * email (the old one may be lost; at most one every 10 minutes), named in the refusal. A
 * deactivated account does get a session, and is active again from then on. One indexed read on
 * every sign-in; a write only when there is something to change.
 */
export async function deletionGate(user: { id: string }): Promise<{ code: string; message: string } | null> {
  const open = await db
    .select({ id: privacyRequests.id, type: privacyRequests.type, scheduledFor: privacyRequests.scheduledFor })
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.userId, user.id),
        or(
          and(eq(privacyRequests.type, "deletion"), inArray(privacyRequests.status, ["scheduled", "held"])),
          and(eq(privacyRequests.type, "deactivation"), eq(privacyRequests.status, "completed")),
        ),
      ),
    );
  const deletion = open.find((request) => request.type === "deletion");
  if (deletion) {
    // A rate-limit store that is down (RATE_LIMIT_FAILURE_MODE=closed) sends nothing; the refusal stands.
    const allowed = await rateLimit(`privacy:cancel-link:${user.id}`, cancelLinkResend).then((result) => result.success, () => false);
    const sent = allowed && (await resendCancelLink(user.id, deletion));
    const on = deletion.scheduledFor ? ` on ${deletion.scheduledFor.toISOString().slice(0, 10)}` : "";
    return {
      code: "deletion_scheduled",
      message: `This account is scheduled for deletion${on}. ${sent ? "We have just emailed you a link to cancel it." : "The email we sent you has a link to cancel it."}`,
    };
  }
  const deactivations = open.map((request) => request.id);
  if (deactivations.length > 0) await db.update(privacyRequests).set({ status: "canceled" }).where(inArray(privacyRequests.id, deactivations));
  return null;
}

/** A new cancel token for a scheduled deletion (the old link stops working), mailed to the account. */
async function resendCancelLink(userId: string, deletion: { id: string; scheduledFor: Date | null }): Promise<boolean> {
  const [account] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!account || !deletion.scheduledFor) return false;
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.update(privacyRequests).set({ cancelTokenHash: hashToken(token) }).where(eq(privacyRequests.id, deletion.id));
    await sendEmail(tx, { to: account.email, template: deletionScheduledEmail, props: { cancelUrl: `${appUrl}/cancel-deletion?token=${token}`, date: deletion.scheduledFor!.toISOString() } });
  });
  return true;
}

