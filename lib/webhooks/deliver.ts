import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookMessages } from "@/db/schema/webhooks";
import { enqueue } from "@/lib/jobs";
import { withoutForbiddenCharacters } from "@/lib/http/strings";
import { webhookIds } from "./catalog";
import { disableEndpoint, failingDisablesAfterMs } from "./disable";
import { attemptKey, type DeliverJob } from "./messages";
import { recordWebhookDelivery } from "@/lib/metrics/record";
import { sendWebhook, type AttemptResult } from "./send";
import { nextRetryDelayMs, urlPolicy } from "./settings";
import { signMessage, signingSecrets } from "./signing";

/** A claim older than this was lost with its process (an attempt takes at most 15 s). */
const lostClaimMs = 60_000;

/** Thrown so the job runner retries later: another process is mid-attempt on this delivery. */
class DeliveryBusy extends Error {}

type Claimed = {
  endpoint: typeof webhookEndpoints.$inferSelect;
  message: typeof webhookMessages.$inferSelect;
};

/**
 * Claims attempt `attempt` of a delivery: it must be the next one (the delivery has made
 * `attempt - 1`), so a retry and a replay racing for the same number send once, and a job for an
 * attempt that something else already made does nothing. An endpoint disabled or deleted since
 * ends the delivery instead.
 */
async function claimAttempt(deliveryId: string, attempt: number, now: Date): Promise<Claimed | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, message: webhookMessages })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(webhookMessages, eq(webhookMessages.id, webhookDeliveries.messageId))
      .where(eq(webhookDeliveries.id, deliveryId))
      .for("update", { of: webhookDeliveries });
    if (!row) return null;
    const { delivery, endpoint, message } = row;
    const sending = delivery.status === "sending";
    const inFlight = sending && (delivery.claimedAt?.getTime() ?? 0) >= now.getTime() - lostClaimMs;
    // Another process is sending attempt `delivery.attempt` right now: this one (that attempt
    // retried, or the next, a replay) waits for it to settle. An older attempt's job is stale.
    if (inFlight) {
      if (attempt >= delivery.attempt) throw new DeliveryBusy(`delivery ${deliveryId} attempt ${delivery.attempt} is in flight`);
      return null;
    }
    // The next attempt; or the same one again when its claim was lost with its process.
    const next = attempt === delivery.attempt + 1;
    const takeOver = sending && attempt === delivery.attempt;
    if (!next && !takeOver) return null;
    if (!endpoint.enabled || endpoint.deletedAt) {
      if (delivery.status === "pending") {
        await tx.update(webhookDeliveries).set({ status: "failed", nextAttemptAt: null, lastError: "The endpoint is disabled." }).where(eq(webhookDeliveries.id, deliveryId));
      }
      return null;
    }
    await tx.update(webhookDeliveries).set({ status: "sending", attempt, claimedAt: now, nextAttemptAt: null }).where(eq(webhookDeliveries.id, deliveryId));
    return { endpoint, message };
  });
}

/**
 * Makes attempt `attempt` of a delivery: sign, POST, log, then settle. A 2xx succeeds; 410 Gone
 * disables the endpoint at once; anything else schedules the next attempt on the retry schedule
 * (with jitter), until the schedule runs out. An endpoint whose attempts have all failed for 5
 * days is disabled. The log row, the delivery's state, the endpoint's health and the next
 * attempt's job commit together.
 */
export async function attemptDelivery(deliver: DeliverJob, deliveryId: string, attempt: number, now = new Date()): Promise<AttemptResult | null> {
  const claimed = await claimAttempt(deliveryId, attempt, now);
  if (!claimed) return null;
  const { endpoint, message } = claimed;
  const body = JSON.stringify(message.payload);
  const headers = signMessage({ messageId: message.id, body, secrets: signingSecrets(endpoint, now) });
  const result = await sendWebhook({ url: endpoint.url, body, headers, policy: urlPolicy() });
  await settleAttempt(deliver, { deliveryId, attempt, endpoint, result, at: new Date() });
  return result;
}

async function settleAttempt(
  deliver: DeliverJob,
  input: { deliveryId: string; attempt: number; endpoint: Claimed["endpoint"]; result: AttemptResult; at: Date },
): Promise<void> {
  const { deliveryId, attempt, endpoint, result, at } = input;
  const succeeded = result.status !== null && result.status >= 200 && result.status < 300;
  const responseBody = result.body === null ? null : (withoutForbiddenCharacters(result.body) as string);
  const error = result.error ?? (succeeded ? null : `The receiver answered ${result.status}.`);
  await db.transaction(async (tx) => {
    let nextAttemptAt: Date | null = null;
    if (succeeded) {
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(and(eq(webhookEndpoints.id, endpoint.id), sql`${webhookEndpoints.failingSince} is not null`));
    } else {
      const [health] = await tx
        .update(webhookEndpoints)
        .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at})` })
        .where(eq(webhookEndpoints.id, endpoint.id))
        .returning({ failingSince: webhookEndpoints.failingSince });
      const failingTooLong = health?.failingSince != null && at.getTime() - health.failingSince.getTime() >= failingDisablesAfterMs;
      if (result.status === 410 || failingTooLong) {
        await disableEndpoint(tx, endpoint, result.status === 410 ? "gone" : "failing");
      } else {
        const delay = nextRetryDelayMs(attempt);
        nextAttemptAt = delay === null ? null : new Date(at.getTime() + delay);
      }
    }
    await tx
      .insert(webhookAttempts)
      .values({ id: webhookIds.newId("webhookAttempt"), deliveryId, attempt, url: endpoint.url, responseStatus: result.status, responseBody, error, durationMs: result.durationMs, nextAttemptAt })
      .onConflictDoNothing();
    await tx
      .update(webhookDeliveries)
      .set({ status: succeeded ? "succeeded" : nextAttemptAt ? "pending" : "failed", responseStatus: result.status, lastError: error, nextAttemptAt, claimedAt: null })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.attempt, attempt)));
    if (nextAttemptAt) await enqueue(tx, deliver, { deliveryId, attempt: attempt + 1 }, { runAt: nextAttemptAt, idempotencyKey: attemptKey(deliveryId, attempt + 1) });
    return nextAttemptAt;
  }).then((nextAttemptAt) => recordWebhookDelivery(succeeded ? "delivered" : nextAttemptAt ? "failed" : "gave_up"));
}

export { DeliveryBusy };
