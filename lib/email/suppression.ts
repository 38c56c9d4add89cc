import { and, asc, eq, gt } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { emailSuppressions, type SuppressionReason } from "@/db/schema/email";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { logger } from "@/lib/observability";
import type { UserContext } from "@/lib/tenants/context";

export type { SuppressionReason } from "@/db/schema/email";
export type Suppression = typeof emailSuppressions.$inferSelect;

/** The form every suppression is stored and looked up in. */
export function suppressionKey(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Suppresses addresses in the caller's transaction. An address already suppressed keeps its
 * first report (`ON CONFLICT DO NOTHING`). Returns the addresses newly suppressed.
 */
export async function suppressAddresses(
  executor: Executor,
  input: { addresses: readonly string[]; reason: SuppressionReason; eventId: string; detail?: string | null; occurredAt: Date },
): Promise<string[]> {
  const addresses = [...new Set(input.addresses.map(suppressionKey))].filter(Boolean);
  if (addresses.length === 0) return [];
  const rows = await executor
    .insert(emailSuppressions)
    .values(addresses.map((address) => ({ address, reason: input.reason, eventId: input.eventId, detail: input.detail ?? null, occurredAt: input.occurredAt })))
    .onConflictDoNothing()
    .returning({ address: emailSuppressions.address });
  return rows.map((row) => row.address);
}

/** The suppression of `address`, if it has one. */
export async function findSuppression(address: string, executor: Executor = db): Promise<Suppression | null> {
  const [row] = await executor.select().from(emailSuppressions).where(eq(emailSuppressions.address, suppressionKey(address)));
  return row ?? null;
}

/** What a user is told about their own address (`GET /me`): why mail stopped and since when. */
export async function suppressionNotice(address: string): Promise<{ reason: SuppressionReason; since: Date } | null> {
  const row = await findSuppression(address);
  return row ? { reason: row.reason, since: row.occurredAt } : null;
}

/**
 * True (and logged, with the reason) when a message to `to` must not go out. The send path calls
 * it twice: when the mail is enqueued, and again when the job hands it to the provider, since an
 * address can be suppressed while its mail waits in the queue.
 */
export async function skipIfSuppressed(message: { to: string; template: string }, stage: "enqueue" | "send", executor: Executor = db): Promise<boolean> {
  const row = await findSuppression(message.to, executor);
  if (!row) return false;
  logger.info("Email not sent: the address is suppressed", {
    to: row.address,
    template: message.template,
    stage,
    reason: row.reason,
    suppressedSince: row.occurredAt.toISOString(),
    eventId: row.eventId,
  });
  return true;
}

/** A page of suppressions for platform admins, by address (`cursor` is the last address seen). */
export async function listSuppressions(params: { cursor?: string; limit: number; address?: string }) {
  const rows = await db
    .select()
    .from(emailSuppressions)
    .where(
      and(
        params.address ? eq(emailSuppressions.address, suppressionKey(params.address)) : undefined,
        params.cursor ? gt(emailSuppressions.address, params.cursor) : undefined,
      ),
    )
    .orderBy(asc(emailSuppressions.address))
    .limit(params.limit + 1);
  const data = rows.slice(0, params.limit);
  return { data, nextCursor: rows.length > params.limit ? (data.at(-1)?.address ?? null) : null };
}

/**
 * Lifts a suppression (a platform admin's decision: the mailbox works again, or the complaint was
 * a mistake), audited as `email.suppression_lifted`. Unknown address: 404. A later bounce or
 * complaint suppresses it again; a redelivery of the old report does not.
 */
export async function liftSuppression(actor: UserContext, address: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(emailSuppressions).where(eq(emailSuppressions.address, suppressionKey(address))).returning();
    if (!row) throw errors.notFound("Suppression");
    await recordAudit(tx, {
      action: "email.suppression_lifted",
      actorId: actor.userId,
      targetType: "email_address",
      targetId: row.address,
      data: { reason: row.reason, eventId: row.eventId, occurredAt: row.occurredAt.toISOString() },
      ipAddress: actor.ipAddress,
      userAgent: actor.userAgent,
    });
  });
}
