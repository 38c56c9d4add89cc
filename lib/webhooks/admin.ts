import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema/webhooks";
import { tenants } from "@/db/schema/tenants";
import { page } from "@/lib/http/pagination";
import { listColumns } from "./deliveries";

export const deliveryStatuses = ["pending", "sending", "succeeded", "failed"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * Deliveries across every tenant, newest first, for the platform admin panel (its callers have
 * checked the platform role: this reads past tenant boundaries on purpose).
 */
export async function listDeliveriesAcrossTenants(params: { status?: DeliveryStatus; cursor?: string; limit: number }) {
  const rows = await db
    .select({ ...listColumns, tenantId: webhookDeliveries.tenantId, tenantName: tenants.name, endpointUrl: webhookEndpoints.url })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(tenants, eq(tenants.id, webhookDeliveries.tenantId))
    .where(and(params.status ? eq(webhookDeliveries.status, params.status) : undefined, params.cursor ? lt(webhookDeliveries.id, params.cursor) : undefined))
    .orderBy(desc(webhookDeliveries.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

/** A tenant's endpoints, deleted ones excluded, for its admin page. */
export async function endpointsOfTenant(tenantId: string) {
  return db
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, enabled: webhookEndpoints.enabled, disabledReason: webhookEndpoints.disabledReason, events: webhookEndpoints.eventTypes, createdAt: webhookEndpoints.createdAt })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), isNull(webhookEndpoints.deletedAt)))
    .orderBy(desc(webhookEndpoints.id));
}
