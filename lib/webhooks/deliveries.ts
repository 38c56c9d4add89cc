import { and, asc, desc, eq, gte, isNull, lt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookMessages } from "@/db/schema/webhooks";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import { enqueue } from "@/lib/jobs";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { webhookError, webhookIds } from "./catalog";
import { createDeliveries, type DeliverJob, type WebhookPayload } from "./messages";

export const listColumns = {
  id: webhookDeliveries.id,
  messageId: webhookDeliveries.messageId,
  eventType: webhookDeliveries.eventType,
  status: webhookDeliveries.status,
  attempt: webhookDeliveries.attempt,
  responseStatus: webhookDeliveries.responseStatus,
  lastError: webhookDeliveries.lastError,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  createdAt: webhookDeliveries.createdAt,
};

/** How far back "recover" reaches, and how many messages one call re-sends at most. */
export const recoverWindowDays = 30;
export const recoverLimit = 1_000;

async function liveEndpoint(tx: Tx, ctx: TenantContext, endpointId: string) {
  const [endpoint] = await tx
    .select({ id: webhookEndpoints.id, enabled: webhookEndpoints.enabled })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.tenantId, ctx.tenantId), isNull(webhookEndpoints.deletedAt)));
  if (!endpoint) throw errors.notFound("Webhook endpoint");
  return endpoint;
}

/** An endpoint's deliveries, newest first. */
export async function listDeliveries(ctx: TenantContext, endpointId: string, params: PageParams & { status?: "pending" | "sending" | "succeeded" | "failed" }) {
  const rows = await withTenant(ctx, async (tx) => {
    await liveEndpoint(tx, ctx, endpointId);
    return tx
      .select(listColumns)
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.endpointId, endpointId),
          eq(webhookDeliveries.tenantId, ctx.tenantId),
          params.status ? eq(webhookDeliveries.status, params.status) : undefined,
          params.cursor ? lt(webhookDeliveries.id, params.cursor) : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(params.limit + 1);
  });
  return page(rows, params.limit);
}

/** One delivery with the message sent and every attempt's answer, for the delivery log. */
export async function getDelivery(ctx: TenantContext, endpointId: string, deliveryId: string) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({ delivery: listColumns, payload: webhookMessages.payload })
      .from(webhookDeliveries)
      .innerJoin(webhookMessages, eq(webhookMessages.id, webhookDeliveries.messageId))
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.tenantId, ctx.tenantId)));
    if (!row) throw errors.notFound("Webhook delivery");
    const attempts = await tx
      .select({
        attempt: webhookAttempts.attempt,
        url: webhookAttempts.url,
        responseStatus: webhookAttempts.responseStatus,
        responseBody: webhookAttempts.responseBody,
        error: webhookAttempts.error,
        durationMs: webhookAttempts.durationMs,
        nextAttemptAt: webhookAttempts.nextAttemptAt,
        createdAt: webhookAttempts.createdAt,
      })
      .from(webhookAttempts)
      .where(eq(webhookAttempts.deliveryId, deliveryId))
      .orderBy(asc(webhookAttempts.attempt));
    return { ...row.delivery, payload: row.payload, attempts };
  });
}

/**
 * Sends a delivery's message again, now, with the same `webhook-id` (receivers deduplicate on
 * it). A second click before the first replay ran changes nothing: the job is keyed by attempt.
 */
export async function replayDelivery(ctx: TenantContext, deliver: DeliverJob, endpointId: string, deliveryId: string): Promise<{ deliveryId: string; messageId: string }> {
  return withTenant(ctx, async (tx) => {
    const endpoint = await liveEndpoint(tx, ctx, endpointId);
    if (!endpoint.enabled) throw webhookError("webhook_endpoint_disabled", "The endpoint is disabled: turn it on before replaying.");
    const [delivery] = await tx
      .select({ id: webhookDeliveries.id, attempt: webhookDeliveries.attempt, messageId: webhookDeliveries.messageId })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.tenantId, ctx.tenantId)))
      .for("update");
    if (!delivery) throw errors.notFound("Webhook delivery");
    await enqueue(tx, deliver, { deliveryId, attempt: delivery.attempt + 1 }, { idempotencyKey: `webhook-replay:${deliveryId}:${delivery.attempt + 1}` });
    await recordAudit(tx, { action: "webhook.message_replayed", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "webhook_delivery", targetId: deliveryId, data: { endpointId, messageId: delivery.messageId }, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
    return { deliveryId, messageId: delivery.messageId };
  });
}

/** Replays every delivery to the endpoint that failed since `since` (at most 30 days back, 1,000 at a time). */
export async function recoverFailed(ctx: TenantContext, deliver: DeliverJob, endpointId: string, since: Date, now = new Date()): Promise<{ count: number }> {
  const floor = new Date(Math.max(since.getTime(), now.getTime() - recoverWindowDays * 86_400_000));
  return withTenant(ctx, async (tx) => {
    const endpoint = await liveEndpoint(tx, ctx, endpointId);
    if (!endpoint.enabled) throw webhookError("webhook_endpoint_disabled", "The endpoint is disabled: turn it on before recovering.");
    const failed = await tx
      .select({ id: webhookDeliveries.id, attempt: webhookDeliveries.attempt })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.tenantId, ctx.tenantId), eq(webhookDeliveries.status, "failed"), gte(webhookDeliveries.createdAt, floor)))
      .orderBy(asc(webhookDeliveries.id))
      .limit(recoverLimit);
    for (const delivery of failed) {
      await enqueue(tx, deliver, { deliveryId: delivery.id, attempt: delivery.attempt + 1 }, { idempotencyKey: `webhook-replay:${delivery.id}:${delivery.attempt + 1}` });
    }
    await recordAudit(tx, { action: "webhook.messages_recovered", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "webhook_endpoint", targetId: endpointId, data: { since: floor.toISOString(), count: failed.length }, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
    return { count: failed.length };
  });
}

/** The type of test sends ("send test event"): published, so receivers can recognise it. */
export const testEventType = "webhook.test";

/** Sends a `webhook.test` message to one endpoint, now. */
export async function sendTestEvent(ctx: TenantContext, deliver: DeliverJob, endpointId: string, now = new Date()): Promise<{ deliveryId: string; messageId: string }> {
  return withTenant(ctx, async (tx) => {
    const endpoint = await liveEndpoint(tx, ctx, endpointId);
    if (!endpoint.enabled) throw webhookError("webhook_endpoint_disabled", "The endpoint is disabled: turn it on before sending a test.");
    const payload: WebhookPayload = { type: testEventType, timestamp: now.toISOString(), data: { tenantId: ctx.tenantId, endpointId, message: "A test event from Keel: your endpoint is reachable." } };
    const messageId = webhookIds.newId("webhookMessage");
    await tx.insert(webhookMessages).values({ id: messageId, tenantId: ctx.tenantId, eventId: null, eventType: testEventType, payload });
    const [deliveryId] = await createDeliveries(tx, deliver, { id: messageId, tenantId: ctx.tenantId, eventType: testEventType }, [endpointId]);
    if (!deliveryId) throw new Error("test delivery was not created");
    return { deliveryId, messageId };
  });
}
