import { and, desc, eq, isNull, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { page, type PageParams } from "@/lib/http/pagination";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { webhookError, webhookIds, type WebhookAuditAction } from "./catalog";
import type { CreateEndpointInput, UpdateEndpointInput } from "./schemas";
import { urlPolicy } from "./settings";
import { newSigningSecret, previousSecretTtlMs } from "./signing";
import { assertWebhookUrlAllowed } from "./url-guard";

/** What lists and reads answer: never the secret. */
const columns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.eventTypes,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

/** The event types the app publishes (lib/app passes the catalog's), to check subscriptions against. */
export type KnownEventTypes = readonly string[];

function assertKnownTypes(types: readonly string[] | undefined, known: KnownEventTypes) {
  const unknown = (types ?? []).filter((t) => !known.includes(t));
  if (unknown.length > 0) throw webhookError("unknown_event_type", `Unknown event type${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. GET /webhooks/event-types lists them.`);
}

function audit(executor: Executor, ctx: TenantContext, action: WebhookAuditAction, endpointId: string, data?: AuditEntry["data"]) {
  return recordAudit(executor, { action, tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "webhook_endpoint", targetId: endpointId, data, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
}

const live = (ctx: TenantContext, endpointId: string) =>
  and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.tenantId, ctx.tenantId), isNull(webhookEndpoints.deletedAt));

export async function listEndpoints(ctx: TenantContext, params: PageParams) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(columns)
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, ctx.tenantId), isNull(webhookEndpoints.deletedAt), params.cursor ? lt(webhookEndpoints.id, params.cursor) : undefined))
      .orderBy(desc(webhookEndpoints.id))
      .limit(params.limit + 1),
  );
  return page(rows, params.limit);
}

export async function getEndpoint(ctx: TenantContext, endpointId: string) {
  const [row] = await withTenant(ctx, (tx) => tx.select(columns).from(webhookEndpoints).where(live(ctx, endpointId)));
  if (!row) throw errors.notFound("Webhook endpoint");
  return row;
}

/** Creates an endpoint; the answer holds its signing secret (it can be revealed again later). */
export async function createEndpoint(ctx: TenantContext, input: CreateEndpointInput, known: KnownEventTypes) {
  assertKnownTypes(input.events, known);
  const url = await assertWebhookUrlAllowed(input.url, urlPolicy());
  const id = webhookIds.newId("webhookEndpoint");
  const secret = newSigningSecret();
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ id, tenantId: ctx.tenantId, url: url.href, description: input.description ?? null, eventTypes: [...new Set(input.events ?? [])], secret })
      .returning(columns);
    if (!row) throw new Error("insert returned no row");
    await audit(tx, ctx, "webhook.endpoint_created", id, { url: row.url, events: row.events });
    return { ...row, secret };
  });
}

export async function updateEndpoint(ctx: TenantContext, endpointId: string, input: UpdateEndpointInput, known: KnownEventTypes) {
  assertKnownTypes(input.events, known);
  const url = input.url === undefined ? undefined : (await assertWebhookUrlAllowed(input.url, urlPolicy())).href;
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        url,
        description: input.description,
        eventTypes: input.events ? [...new Set(input.events)] : undefined,
        // Turning an endpoint back on forgets why it was off and starts its failure clock afresh.
        ...(input.enabled === undefined ? {} : input.enabled ? { enabled: true, disabledReason: null, failingSince: null } : { enabled: false, disabledReason: "manual" }),
      })
      .where(live(ctx, endpointId))
      .returning(columns);
    if (!row) throw errors.notFound("Webhook endpoint");
    await audit(tx, ctx, "webhook.endpoint_updated", endpointId, { ...input });
    return row;
  });
}

/** Deletes an endpoint: nothing more is sent to it; its delivery log goes with it. */
export async function deleteEndpoint(ctx: TenantContext, endpointId: string): Promise<void> {
  await withTenant(ctx, async (tx) => {
    const [row] = await tx.update(webhookEndpoints).set({ deletedAt: new Date(), enabled: false }).where(live(ctx, endpointId)).returning({ url: webhookEndpoints.url });
    if (!row) throw errors.notFound("Webhook endpoint");
    await audit(tx, ctx, "webhook.endpoint_deleted", endpointId, { url: row.url });
  });
}

/** The signing secret, for owners and admins; every reveal is audited. */
export async function revealSecret(ctx: TenantContext, endpointId: string) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({ secret: webhookEndpoints.secret, previousSecret: webhookEndpoints.previousSecret, previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt })
      .from(webhookEndpoints)
      .where(live(ctx, endpointId));
    if (!row) throw errors.notFound("Webhook endpoint");
    await audit(tx, ctx, "webhook.secret_revealed", endpointId);
    const previousValid = row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > new Date();
    return { secret: row.secret, previousSecretExpiresAt: previousValid ? row.previousSecretExpiresAt : null };
  });
}

/**
 * A new signing secret. The old one keeps signing beside it for 24 hours (both signatures go in
 * the header), so receivers can switch without dropping a message.
 */
export async function rotateSecret(ctx: TenantContext, endpointId: string, now = new Date()) {
  return withTenant(ctx, async (tx) => {
    const [current] = await tx.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(live(ctx, endpointId)).for("update");
    if (!current) throw errors.notFound("Webhook endpoint");
    const secret = newSigningSecret();
    const previousSecretExpiresAt = new Date(now.getTime() + previousSecretTtlMs);
    await tx.update(webhookEndpoints).set({ secret, previousSecret: current.secret, previousSecretExpiresAt }).where(live(ctx, endpointId));
    await audit(tx, ctx, "webhook.secret_rotated", endpointId);
    return { secret, previousSecretExpiresAt };
  });
}
