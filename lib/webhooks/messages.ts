import { and, eq, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { webhookDeliveries, webhookEndpoints, webhookMessages } from "@/db/schema/webhooks";
import { enqueue, type JobDefinition } from "@/lib/jobs";
import { getEntitlements } from "@/lib/plans";
import { webhookIds } from "./catalog";

/** The body every endpoint receives, as the Standard Webhooks spec suggests. */
export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

/** The job that makes one attempt; messages.ts enqueues it, deliver.ts defines it. */
export type DeliverJob = JobDefinition<{ deliveryId: string; attempt: number }>;

/** The idempotency key of an attempt's job: a fan-out or a retry scheduled twice enqueues once. */
export const attemptKey = (deliveryId: string, attempt: number) => `webhook-delivery:${deliveryId}:${attempt}`;

/**
 * Creates a delivery per endpoint and enqueues its first attempt, in the caller's transaction.
 * A delivery already made for the pair (a re-run) is left alone.
 */
export async function createDeliveries(tx: Executor, deliver: DeliverJob, message: { id: string; tenantId: string; eventType: string }, endpointIds: readonly string[]): Promise<string[]> {
  const created: string[] = [];
  for (const endpointId of endpointIds) {
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({ id: webhookIds.newId("webhookDelivery"), tenantId: message.tenantId, endpointId, messageId: message.id, eventType: message.eventType })
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id });
    if (!delivery) continue;
    await enqueue(tx, deliver, { deliveryId: delivery.id, attempt: 1 }, { idempotencyKey: attemptKey(delivery.id, 1) });
    created.push(delivery.id);
  }
  return created;
}

/**
 * Subscribed to every published event type: turns one committed outbox event into one message
 * (its id is the `webhook-id`, the same on every attempt and replay) and a delivery per enabled
 * endpoint of the tenant that subscribes to the type. Runs after the emitting transaction
 * committed, so a rolled-back change never sends anything. A tenant whose plan lost the webhooks
 * feature keeps its endpoints, but nothing is sent to them.
 */
/** The tenant's enabled endpoints that take events of `type` (an empty list of types takes all). */
function endpointsFor(tx: Executor, event: { tenantId: string; type: string }, limit?: number) {
  const query = tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.tenantId, event.tenantId),
        eq(webhookEndpoints.enabled, true),
        isNull(webhookEndpoints.deletedAt),
        or(sql`jsonb_array_length(${webhookEndpoints.eventTypes}) = 0`, sql`${webhookEndpoints.eventTypes} @> ${JSON.stringify([event.type])}::jsonb`),
      ),
    );
  return limit ? query.limit(limit) : query;
}

/**
 * Whether an event could reach any endpoint: the fan-out job's subscription filter. Most tenants
 * have no endpoint, and one job per published event for each of them would fill the queue with
 * work that finds nothing to do.
 */
export async function anyEndpointFor(tx: Executor, event: { tenantId: string | null; type: string }): Promise<boolean> {
  if (!event.tenantId) return false;
  return (await endpointsFor(tx, { tenantId: event.tenantId, type: event.type }, 1)).length > 0;
}

export async function fanOutEvent(eventId: string, deliver: DeliverJob): Promise<number> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, eventId));
    if (!event?.tenantId) return 0;
    const endpoints = await endpointsFor(tx, { tenantId: event.tenantId, type: event.type });
    if (endpoints.length === 0) return 0;
    if (!(await getEntitlements(event.tenantId, tx)).features.includes("webhooks")) return 0;
    const payload: WebhookPayload = { type: event.type, timestamp: event.createdAt.toISOString(), data: event.data as Record<string, unknown> };
    const [inserted] = await tx
      .insert(webhookMessages)
      .values({ id: webhookIds.newId("webhookMessage"), tenantId: event.tenantId, eventId, eventType: event.type, payload })
      .onConflictDoNothing()
      .returning({ id: webhookMessages.id });
    // A re-run of this job finds the message it made before and completes what is missing.
    const [message] = inserted ? [inserted] : await tx.select({ id: webhookMessages.id }).from(webhookMessages).where(eq(webhookMessages.eventId, eventId));
    if (!message) throw new Error(`webhook message for ${eventId} vanished`);
    const created = await createDeliveries(tx, deliver, { id: message.id, tenantId: event.tenantId, eventType: event.type }, endpoints.map((e) => e.id));
    return created.length;
  });
}
